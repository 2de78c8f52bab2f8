/**
 * The held-out phrases (test/conversation/held-out/*.txt), each said in its state on a fresh
 * simulated Echo, and judged by what the skill did. Shared by the test and the report.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { translatorFor } from '../../lambda/i18n';
import { BuiltIn, Intent, type Language } from '../../lambda/ids';
import type { DialogState, Position } from '../../lambda/routine/state';
import type { UserRecord } from '../../lambda/store/types';
import { Device } from '../support/device';
import { speechText } from '../support/speech';

export const States = ['offer', 'ready', 'paused', 'leave-out', 'resume-offer', 'idle'] as const;
export type State = (typeof States)[number];

export interface Phrase {
  state: State;
  said: string;
  meaning: string;
}

/** The batches, oldest first: each was written before the samples it is measured against. */
export const Batches = ['', '-2'] as const;
export type Batch = (typeof Batches)[number];

export function heldOut(lang: Language, batch: Batch = ''): Phrase[] {
  const text = readFileSync(path.join(__dirname, 'held-out', `${lang}${batch}.txt`), 'utf8');
  const phrases: Phrase[] = [];
  let state: State | undefined;
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (!line) continue;
    if (line.startsWith('@')) {
      state = line.slice(1) as State;
      if (!States.includes(state)) throw new Error(`Unknown state ${line}`);
      continue;
    }
    const [said, meaning] = line.split(' = ').map((s) => s.trim());
    if (!state || !said || !meaning) throw new Error(`Bad line "${line}"`);
    phrases.push({ state, said, meaning });
  }
  return phrases;
}

export const LocaleOf: Record<Language, string> = { en: 'en-US', de: 'de-DE', es: 'es-ES' };
const Open: Record<Language, string> = {
  en: 'open back stretch coach',
  de: 'öffne rücken coach',
  es: 'abre entrenador de espalda',
};

/** Brings a fresh device to a state with built-in intents, so no phrase under test is used. */
async function reach(state: State, lang: Language): Promise<Device> {
  const d = new Device({ locale: LocaleOf[lang] });
  await d.say(Open[lang]);
  const steps: Record<State, string[]> = {
    offer: [],
    // Warmth, breathing in bed, then both sides of knee to chest rock: "Next is cat cow in
    // bed. Ready?" (the routine gained its warmth step first after these were written).
    ready: [BuiltIn.Yes, BuiltIn.Next, BuiltIn.Next, BuiltIn.Next],
    paused: [BuiltIn.Yes, BuiltIn.Pause],
    // Pain during knee to chest rock, a move (pain during breathing offers nothing to leave out).
    'leave-out': [BuiltIn.Yes, BuiltIn.Next, BuiltIn.Next, Intent.Pain],
    'resume-offer': [BuiltIn.Yes, BuiltIn.Next, BuiltIn.Stop],
    idle: [BuiltIn.No],
  };
  for (const intent of steps[state]) await d.intent(intent);
  if (state === 'resume-offer') {
    d.advanceClock(60 * 60 * 1000);
    await d.say(Open[lang]);
  }
  return d;
}

interface Seen {
  before: DialogState;
  after: DialogState;
  user: UserRecord;
  speech: string;
  open: boolean;
  intent?: string;
  slotId?: (name: string) => string | undefined;
}

const same = (a?: Position, b?: Position) =>
  !!a && !!b && a.stepIndex === b.stepIndex && a.chunkIndex === b.chunkIndex;

function judge(meaning: string, s: Seen, lang: Language): boolean {
  const t = translatorFor(LocaleOf[lang]);
  const said = (key: string) => s.speech.includes(t(key));
  const fallback = said('fallback.sorry');
  const stillThere = s.open && !fallback && same(s.after.position, s.before.position);
  const [kind, id] = meaning.split(':');
  const next = s.before.pending?.kind === 'continue' ? s.before.pending.next : undefined;
  switch (kind) {
    case 'start':
      return (
        s.after.activity?.id === id &&
        s.after.phase === 'active' &&
        !s.after.pending?.kind.startsWith('switch')
      );
    case 'switch':
      return s.after.pending?.kind === 'switch' && s.after.pending.activity.id === id;
    case 'decline':
      return s.open && s.after.phase === 'idle' && !s.after.pending && !fallback;
    case 'play-next':
      return same(s.after.position, next) && s.after.phase !== 'paused';
    case 'skip-next':
      return (
        s.after.pending?.kind === 'continue' &&
        s.after.pending.next.stepIndex > (next ?? s.before.position)!.stepIndex &&
        !fallback
      );
    case 'again':
      return (
        s.after.phase === 'active' && s.after.position?.stepIndex === s.before.position?.stepIndex
      );
    case 'pause':
    case 'stay-paused':
      return s.open && s.after.phase === 'paused' && !fallback && !said('pain.stop');
    case 'resume':
      return s.after.phase === 'active' && same(s.after.position, s.before.position);
    case 'start-over':
      return s.after.phase === 'active' && same(s.after.position, { stepIndex: 0, chunkIndex: 0 });
    case 'pain':
      return said('pain.stop');
    case 'stop':
      return !s.open && !said('pain.stop');
    case 'left-out':
      return (
        s.before.pending?.kind === 'leave-out' &&
        s.user.prefs.leaveOut.includes(s.before.pending.exerciseId)
      );
    case 'kept':
      return (
        s.open &&
        !fallback &&
        s.user.prefs.leaveOut.length === 0 &&
        s.after.pending?.kind !== 'leave-out'
      );
    default: {
      const byIntent: Record<string, [string, string?, string?]> = {
        'time-left': [Intent.TimeLeft],
        'whats-next': [Intent.TimeLeft],
        reask: [Intent.SayAgain],
        describe: [Intent.DescribeExercise],
        help: [BuiltIn.Help],
        list: [Intent.ListRoutines],
        today: [Intent.TodayPlan],
        progress: [Intent.Progress],
        'quiet-on': [Intent.QuietOn],
        'quiet-off': [Intent.QuietOff],
        'flare-on': [Intent.FlareOn],
        'flare-off': [Intent.FlareOff],
        slower: [Intent.SetPace, 'pace', 'slower'],
        faster: [Intent.SetPace, 'pace', 'faster'],
        longer: [Intent.SetHoldLength, 'holdLength', 'longer'],
      };
      const expected = byIntent[kind];
      if (!expected) throw new Error(`Unknown meaning ${meaning}`);
      const [intent, slot, value] = expected;
      return (
        s.intent === intent &&
        (!slot || s.slotId?.(slot) === value) &&
        (stillThere || !s.before.position || kind === 'today' || kind === 'list')
      );
    }
  }
}

function attributes(r: ResponseEnvelope | undefined): { dialog: DialogState; user: UserRecord } {
  return (r?.sessionAttributes ?? {}) as { dialog: DialogState; user: UserRecord };
}

export interface Verdict extends Phrase {
  ok: boolean;
  heard?: string;
}

export async function check(p: Phrase, lang: Language): Promise<Verdict> {
  const d = await reach(p.state, lang);
  const before = attributes(d.last?.response).dialog;
  const turn = await d.say(p.said);
  const { dialog: after, user } = attributes(turn.response);
  const seen: Seen = {
    before,
    after: after ?? { phase: 'idle' },
    user: user ?? (await d.store.get(d.userId))!,
    speech: speechText(turn.response),
    open: d.sessionOpen,
    intent: turn.match?.intent,
    slotId: (name) => turn.match?.slots[name]?.id,
  };
  return { ...p, ok: judge(p.meaning, seen, lang), heard: turn.match?.intent };
}
