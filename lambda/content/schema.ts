/**
 * The content schema: exercises, routines, avoided moves and the weekly plan.
 *
 * Content is validated with these schemas by `npm run content:check` and the tests. The skill
 * itself only imports the *types* (`import type`), so zod stays out of the Lambda bundle.
 * Fields marked "build only" feed the interaction models and the checker; the Lambda's content
 * packs leave them out (`BuildOnlyFields` in pack.ts), so skill code must not read them.
 */
import { z } from 'zod';

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case');

/** Text in each language the content declares. English is required; the checker enforces the rest. */
export const Text = z
  .object({
    en: z.string().min(1),
    de: z.string().min(1).optional(),
    es: z.string().min(1).optional(),
  })
  .strict();
/** A list of sentences in each language (steps, synonyms). Lists must line up across languages. */
export const TextList = z
  .object({
    en: z.array(z.string().min(1)),
    de: z.array(z.string().min(1)).optional(),
    es: z.array(z.string().min(1)).optional(),
  })
  .strict();

export const Position = z.enum([
  'in-bed',
  'floor-back', // lying on the back on the floor or a mat
  'stomach', // lying face down
  'hands-knees',
  'side-lying',
  'seated',
  'standing',
  'wall', // at a doorway, a wall or a corner
]);

export const Equipment = z.enum([
  'none',
  'mat',
  'bed',
  'chair',
  'wall',
  'doorway',
  'pillow',
  'towel',
]);

export const Sides = z.enum(['none', 'each', 'alternating']);

/** One phase of a moving exercise, e.g. "arch" for 3 s then "round" for 3 s. */
export const TempoPhase = z.object({ cue: Text, seconds: z.number().positive().max(10) }).strict();

export const Range = z.tuple([z.number().nonnegative(), z.number().nonnegative()]);

/** An action cue: in full the first time, shorter on later reps ("And again, press down."). */
export const ActionCue = z.object({ first: Text, again: Text }).strict();

/**
 * What the coach says on every rep of a held or repeated move. Sided moves name the side in
 * their cues, the left side first ("Roll your knees to the left.").
 */
export const RepCues = z
  .object({
    /** The action that starts each rep, for moves without sides. */
    action: ActionCue.optional(),
    /** For sides "each" or "alternating": the left side's cue, then the right side's. */
    sides: z.tuple([ActionCue, ActionCue]).optional(),
    /** Said instead of "Hold." where the hold is not still ("Rock gently."). */
    hold: Text.optional(),
    /** Said instead of "And release." ("Lower slowly, one bone at a time."). */
    release: Text.optional(),
  })
  .strict();

/** Timing figures that come from no article: the project's own choice. */
export const OwnFigure = z.enum([
  'reps',
  'holdSeconds',
  'sets',
  'durationSeconds',
  'restSeconds',
  'breathingMinutes',
]);

export const Timing = z
  .object({
    /** Repetitions per set (per side when sides is "each"). A single long hold is reps 1. */
    reps: z.number().int().min(1).max(30),
    /** Seconds held at the end of each rep; 0 for moves that are not held. */
    holdSeconds: z.number().min(0).max(120),
    sets: z.number().int().min(1).max(5).default(1),
    sides: Sides,
    /** Rest between sets, in seconds. */
    restSeconds: z.number().min(0).max(60).default(0),
    /** For moving exercises: the phases of one rep, spoken on their beat. */
    tempo: z.array(TempoPhase).min(1).optional(),
    /** For time-boxed moving exercises ("rock slowly for one minute"): total seconds per side. */
    durationSeconds: z.number().positive().max(600).optional(),
    /** The figures the articles give, when they give a range; the defaults above are the gentler end. */
    ranges: z
      .object({ holdSeconds: Range.optional(), reps: Range.optional(), sets: Range.optional() })
      .strict()
      .optional(),
    /**
     * Figures no article gives, chosen by the project (said so, not passed off as sourced).
     * Build only.
     */
    ownFigures: z.array(OwnFigure).optional(),
  })
  .strict();

export const BreathingPatternSchema = z
  .object({
    inhale: z.number().int().min(1).max(10),
    holdIn: z.number().int().min(0).max(10),
    exhale: z.number().int().min(1).max(12),
    holdOut: z.number().int().min(0).max(10),
  })
  .strict();

export const Exercise = z
  .object({
    id: kebab,
    /** How it is written (cards, screens). */
    name: Text,
    /** How it is said; may differ from the written name ("cat cow" for "Cat-cow"). */
    spokenName: Text,
    /** Other names users say; they feed the interaction model. Build only. */
    synonyms: TextList,
    kind: z.enum(['hold', 'reps', 'tempo', 'breathing']),
    position: Position,
    /** Build only (the checker's in-bed rule). */
    equipment: z.array(Equipment).min(1),
    /** One short phrase: what it helps ("loosens the lower back"). */
    helps: Text,
    /** How to get into position, one instruction per sentence. */
    setup: TextList,
    /** The movement itself, one instruction per sentence. */
    movement: TextList,
    timing: Timing,
    /** The rep-level script: action, hold and release cues (see RepCues). */
    repCues: RepCues.optional(),
    /** Breathing for this move ("breathe out as you lift"). */
    breathingCue: Text.optional(),
    /** For breathing exercises: the default pattern and length. */
    breathing: z
      .object({ pattern: BreathingPatternSchema, minutes: z.number().positive().max(20) })
      .strict()
      .optional(),
    flareSafe: z.boolean(),
    /** The gentle variant for flare days: shorter hold, fewer reps, smaller range. */
    gentle: z
      .object({
        reps: z.number().int().min(1).optional(),
        holdSeconds: z.number().min(0).optional(),
        sets: z.number().int().min(1).optional(),
        durationSeconds: z.number().positive().optional(),
        /** A shorter breathing pattern for flare days (breathing exercises). */
        breathing: BreathingPatternSchema.optional(),
        /** Spoken instead of / after the movement: how to make it smaller. */
        note: Text,
      })
      .strict()
      .optional(),
    cautions: z.object({ feel: Text, stop: Text }).strict(),
    /**
     * Who should leave the move out, one condition per line, each the end of "Skip this one
     * if …" ("your shoulder slips out of joint easily"): no closing stop (content/README.md).
     */
    avoidIf: TextList,
    /** Seed article file names this move comes from. Build only. */
    sources: z.array(z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/)).min(1),
  })
  .strict();

export const RoutineStep = z
  .object({
    exercise: kebab,
    /** Overrides of the exercise's timing for this routine. */
    overrides: z
      .object({
        reps: z.number().int().min(1).optional(),
        holdSeconds: z.number().min(0).optional(),
        sets: z.number().int().min(1).optional(),
        durationSeconds: z.number().positive().optional(),
        breathingMinutes: z.number().positive().max(20).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const Routine = z
  .object({
    id: kebab,
    name: Text,
    spokenName: Text,
    /** Build only. */
    synonyms: TextList,
    description: Text,
    /** Done in bed: the finish tells the user how to get up safely. */
    inBed: z.boolean(),
    /**
     * A flare-day routine: every step must be flare-safe and is played as its gentle variant,
     * whatever the user's flare setting. Optional; absent means false.
     */
    gentle: z.boolean().optional(),
    steps: z.array(RoutineStep).min(1),
  })
  .strict();

export const AvoidedMove = z
  .object({
    id: kebab,
    name: Text,
    /** Build only. */
    synonyms: TextList,
    /** One line: why the skill leaves it out. */
    reason: Text,
    /** Id of the exercise offered instead. */
    alternative: kebab,
    /** Build only. */
    sources: z.array(z.string()).min(1),
  })
  .strict();

export const Weekday = z.enum([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

export const PlanDay = z
  .object({
    day: Weekday,
    kind: z.enum(['strength', 'active', 'light']),
    /** Routine ids for the day, in order. */
    routines: z.array(kebab),
    /** Activity away from the skill (a walk, a swim, gentle yoga), said after the routines. */
    activity: Text.optional(),
  })
  .strict();

export const WeeklyPlan = z
  // sources: build only.
  .object({ days: z.array(PlanDay).length(7), sources: z.array(z.string()).min(1) })
  .strict();

/** `content/manifest.json`: the languages every text must be present in. */
export const ContentManifest = z
  .object({
    languages: z.array(z.enum(['en', 'de', 'es'])).min(1),
    /** Routine ids in the order they are offered to users; every routine exactly once. */
    order: z.array(kebab).optional(),
  })
  .strict();

export type Text = z.infer<typeof Text>;
export type TextList = z.infer<typeof TextList>;
export type Position = z.infer<typeof Position>;
export type Timing = z.infer<typeof Timing>;
export type TempoPhase = z.infer<typeof TempoPhase>;
export type ActionCue = z.infer<typeof ActionCue>;
export type RepCues = z.infer<typeof RepCues>;
export type BreathingPattern = z.infer<typeof BreathingPatternSchema>;
export type Exercise = z.infer<typeof Exercise>;
export type RoutineStep = z.infer<typeof RoutineStep>;
export type Routine = z.infer<typeof Routine>;
export type AvoidedMove = z.infer<typeof AvoidedMove>;
export type PlanDay = z.infer<typeof PlanDay>;
export type WeeklyPlan = z.infer<typeof WeeklyPlan>;
export type ContentManifest = z.infer<typeof ContentManifest>;
