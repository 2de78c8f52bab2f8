/**
 * The dialog's state: a closed, typed vocabulary. Carried in session attributes between turns;
 * the resume point derived from it is persisted.
 */

/** What the user is doing: a whole routine, or one exercise on its own. */
export type Activity = { kind: 'routine'; id: string } | { kind: 'exercise'; id: string };

/** Where the user is: the chunk last sent (being done, or just done). */
export interface Position {
  /** Index into routine.steps (0 for a single exercise). */
  stepIndex: number;
  chunkIndex: number;
}

/** Questions the skill asked and waits for an answer to. Closed set: a new one is a new kind. */
export type Pending =
  /** "Next is pelvic tilts. Ready?": `next` is the chunk a yes plays. */
  | { kind: 'continue'; next: Position }
  /** "Shall we start the bedside morning routine?" */
  | { kind: 'offer-start'; activity: Activity }
  /** "Would you like to pick up where you left off?" */
  | { kind: 'offer-resume' }
  /** After pain: "Shall I leave cobra out of your routines from now on?" */
  | { kind: 'leave-out'; exerciseId: string }
  /**
   * Part-way through one routine, asked for another: "Shall I stop it and start …?" `keep`:
   * what was pending before (never another switch), asked again on no.
   */
  | { kind: 'switch'; activity: Activity; keep?: Exclude<Pending, { kind: 'switch' }> }
  /** After a routine: "Want me to remind you tomorrow at the same time?" (`at`: ISO start). */
  | { kind: 'offer-reminder'; at: string }
  /** "What time each day should I remind you?": a bare time answers it. */
  | { kind: 'reminder-time' };

export type PendingKind = Pending['kind'];

/** idle: nothing started; active: in a chunk or between chunks; paused; finished. */
export type Phase = 'idle' | 'active' | 'paused' | 'finished';

export interface DialogState {
  phase: Phase;
  activity?: Activity;
  position?: Position;
  pending?: Pending;
  /** ISO time the activity started, for the summary. */
  startedAt?: string;
}

export const IdleState: DialogState = { phase: 'idle' };

/** True when a routine or exercise is under way (possibly paused). */
export function isUnderWay(state: DialogState): boolean {
  return (
    (state.phase === 'active' || state.phase === 'paused') && !!state.activity && !!state.position
  );
}

const Phases: readonly Phase[] = ['idle', 'active', 'paused', 'finished'];
const PendingKinds: readonly PendingKind[] = [
  'continue',
  'offer-start',
  'offer-resume',
  'leave-out',
  'switch',
  'offer-reminder',
  'reminder-time',
];

/**
 * True when `x` is a dialog state this code knows. Session attributes come back from Alexa as
 * we sent them, but an older deploy may have written another vocabulary: such a state is
 * dropped (the turn reloads from the store) rather than half-understood.
 */
export function isDialogState(x: unknown): x is DialogState {
  const s = x as Partial<DialogState> | undefined;
  if (!s || typeof s !== 'object' || !Phases.includes(s.phase as Phase)) return false;
  return (
    s.pending === undefined || PendingKinds.includes((s.pending as { kind: PendingKind }).kind)
  );
}
