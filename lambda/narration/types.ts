/**
 * Narration contract: pure functions from content + preferences to timed chunks of SSML.
 * No SDK, i18next, clock or storage imports anywhere under lambda/narration.
 */
import type { BreathingPattern } from '../content/schema';

export type { BreathingPattern };

/** A [low, high] range of figures from the articles. */
export type Range = readonly [number, number];

/** How fast the coach talks and how long it waits between steps. Never changes hold length. */
export type Pace = 'slower' | 'normal' | 'faster';

/** The user's preferences that shape narration. Stored; no health data. */
export interface Preferences {
  pace: Pace;
  /** Multiplies hold seconds: 0.5 on "shorter holds", 1.5 on "longer holds". Clamped to [0.5, 2]. */
  holdScale: number;
  breathing: BreathingPattern;
  /** Whispered where the locale supports it, soft volume otherwise. */
  quiet: boolean;
  /** Gentle mode: the gentle variants; routines skip moves that are not flare-safe. */
  gentle: boolean;
  /** Exercise ids the user asked to leave out. */
  leaveOut: string[];
  /** "Start X" plays the routine as audio (AudioPlayer) where the device can. */
  handsFree: boolean;
}

export const DefaultPreferences: Preferences = {
  pace: 'normal',
  holdScale: 1,
  breathing: { inhale: 4, holdIn: 0, exhale: 6, holdOut: 0 },
  quiet: false,
  gentle: false,
  leaveOut: [],
  handsFree: false,
};

/** Which speaking-rate profile times the speech: Alexa's voices, or espeak-ng for local audio. */
export type Voice = 'alexa' | 'espeak';

/**
 * Words the narration speaks, looked up by key with {{interpolation}}. The renderer passes a
 * function backed by i18next (namespace "narration"); tests may pass one built from the same
 * resource file. Narration never holds a sentence of its own.
 */
export type Phrasebook = (key: string, vars?: Record<string, string | number>) => string;

/** One piece of the timeline. Speech seconds are estimated from the voice's rate profile. */
export type Segment =
  { kind: 'speech'; text: string; seconds: number } | { kind: 'silence'; seconds: number };

/** A breathing phase, in the order a cycle goes through them. */
export type BreathPhase = 'in' | 'holdIn' | 'out' | 'holdOut';

/**
 * What the listener is doing from a point of the timeline on. Never spoken and zero seconds
 * long: a screen follows these to show what the voice says, timed by the same timeline.
 * Spans ("timer", "breath", "tempo") run until the next span on their track or an "end".
 */
export type Mark =
  /** The instruction being read: setup or movement line `index` of the exercise. */
  | { kind: 'step'; part: 'setup' | 'movement'; index: number }
  | { kind: 'set'; n: number; of: number }
  /** 1 = first side, 2 = other side. */
  | { kind: 'side'; side: 1 | 2 }
  | { kind: 'rep'; n: number; of: number }
  | { kind: 'cycle'; n: number; of: number }
  /** A timed window starts: a hold, a time-boxed move, a rest between sets. Track "timer". */
  | { kind: 'timer'; timer: 'hold' | 'move' | 'rest' }
  /** A breathing phase starts. Track "beat". */
  | { kind: 'breath'; phase: BreathPhase }
  /** Tempo phase `index` of the exercise starts (its spoken cue). Track "beat". */
  | { kind: 'tempo'; index: number }
  | { kind: 'end'; track: 'timer' | 'beat' };

/** A mark and when it falls: seconds from the start of its chunk. */
export interface TimedMark {
  at: number;
  mark: Mark;
}

/** What part of an exercise a chunk covers, so the dialog can resume, repeat and report. */
export interface ChunkCoverage {
  /** 1-based side numbers covered (1 = first side, 2 = other side); empty when sides are "none". */
  sides: number[];
  /** 1-based sets covered. */
  sets: number[];
  /** For breathing: 1-based cycle range covered, inclusive. */
  cycles?: [number, number];
  /**
   * 1-based rep range covered, inclusive, when a side or set too long for one answer is cut
   * between reps; the chunk then holds only those reps of its one side of one set. Absent
   * when the chunk holds whole sides and sets.
   */
  reps?: [number, number];
}

/** One answer's worth of narration. */
export interface Chunk {
  exerciseId: string;
  /** 0-based index of this chunk within its exercise. */
  index: number;
  /** How many chunks the exercise has with these preferences. */
  of: number;
  covers: ChunkCoverage;
  timeline: Segment[];
  /** What the listener is doing when, on the same clock as `timeline` (for screens). */
  marks: TimedMark[];
  /** `<speak>`-less SSML body: the renderer wraps it and may add a prompt after it. */
  ssml: string;
  /** Planned seconds of audio, speech and silence together. */
  plannedSeconds: number;
  /** SSML characters of `ssml`. */
  characters: number;
}

/** What the narrator needs besides the exercise. */
export interface NarrationOptions {
  prefs: Preferences;
  locale: string;
  voice: Voice;
  phrases: Phrasebook;
  /** Routine step overrides (reps, hold, sets, duration, breathing minutes). */
  overrides?: {
    reps?: number;
    holdSeconds?: number;
    sets?: number;
    durationSeconds?: number;
    breathingMinutes?: number;
  };
  /** Speak the setup steps; false when the previous exercise left the user in the same position. */
  includeSetup?: boolean;
  /**
   * Hands-free audio: measured seconds of phrases as a speech engine says them. A phrase found
   * here is timed by it instead of the rate profile, so every silence around it is sized for
   * the real sound and holds in the rendered file are exact.
   */
  lengths?: PhraseLengths;
  /**
   * What this user has done: sessions finished per exercise id (progress, not health data).
   * Given, the narration coaches a person: cautions the first times, figures that start at
   * the gentle end of each range and step up (see coaching.ts). Absent, it narrates the
   * content's own figures without first-time cautions (tools, tables).
   */
  sessions?: Readonly<Record<string, number>>;
}

/** Measured seconds per phrase text, from a speech engine (see lambda/audio). */
export type PhraseLengths = ReadonlyMap<string, number>;

/** The budget one answer must fit: SSML characters (Alexa allows 8000) and audio seconds. */
export const ChunkBudget = { characters: 7500, seconds: 150 } as const;
