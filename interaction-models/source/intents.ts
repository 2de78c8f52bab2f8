/**
 * Every intent the interaction models declare, with its slots, for all languages at once. A
 * language source (en.ts, de.ts, es.ts) adds only what it says: samples per intent.
 *
 * The order here is the order of the generated models. A slot maps its name (what a sample
 * writes as `{name}`) to its type: a custom type below or in content-types.ts, or AMAZON.NUMBER.
 */
import {
  BodyPartId,
  BreathingPatternId,
  BuiltIn,
  HoldLengthId,
  Intent,
  PaceId,
  Slot,
  SlotType,
} from '../../lambda/ids';

/** The breathing counts: seconds, said as numbers. */
const Seconds = 'AMAZON.NUMBER';

export const intents = [
  { name: Intent.StartRoutine, slots: { [Slot.Routine]: SlotType.Routine } },
  { name: Intent.StartExercise, slots: { [Slot.Exercise]: SlotType.Exercise } },
  { name: Intent.ListRoutines },
  { name: Intent.TodayPlan },
  { name: Intent.DescribeExercise, slots: { [Slot.Exercise]: SlotType.Exercise } },
  { name: Intent.TimeLeft },
  { name: Intent.Skip },
  { name: Intent.LeaveOut },
  { name: Intent.SetPace, slots: { [Slot.Pace]: SlotType.Pace } },
  { name: Intent.SetHoldLength, slots: { [Slot.HoldLength]: SlotType.HoldLength } },
  {
    name: Intent.SetBreathing,
    slots: {
      [Slot.BreathingPattern]: SlotType.BreathingPattern,
      [Slot.Inhale]: Seconds,
      [Slot.Exhale]: Seconds,
      [Slot.HoldIn]: Seconds,
      [Slot.HoldOut]: Seconds,
    },
  },
  { name: Intent.FlareOn },
  { name: Intent.FlareOff },
  { name: Intent.QuietOn },
  { name: Intent.QuietOff },
  { name: Intent.Pain, slots: { [Slot.BodyPart]: SlotType.BodyPart } },
  { name: Intent.Progress },
  // Hands-free (AudioPlayer)
  { name: Intent.PlayHandsFree, slots: { [Slot.Routine]: SlotType.Routine } },
  { name: Intent.HandsFreeOn },
  { name: Intent.HandsFreeOff },
  { name: Intent.SayAgain },
  // The daily reminder (issue 16): a clock time, as AMAZON.TIME hears it ("07:00").
  { name: Intent.SetReminder, slots: { [Slot.Time]: 'AMAZON.TIME' } },
  { name: Intent.ChangeReminder, slots: { [Slot.Time]: 'AMAZON.TIME' } },
  { name: Intent.ReminderStatus },
  { name: Intent.CancelReminder },
  { name: Intent.ReminderTime, slots: { [Slot.Time]: 'AMAZON.TIME' } },
  { name: BuiltIn.Next },
  { name: BuiltIn.Previous },
  { name: BuiltIn.Repeat },
  { name: BuiltIn.Pause },
  { name: BuiltIn.Resume },
  { name: BuiltIn.StartOver },
  { name: BuiltIn.Yes },
  { name: BuiltIn.No },
  { name: BuiltIn.Help },
  { name: BuiltIn.Stop },
  { name: BuiltIn.Cancel },
  { name: BuiltIn.NavigateHome },
  { name: BuiltIn.Fallback },
  // AudioPlayer built-ins
  { name: BuiltIn.LoopOn },
  { name: BuiltIn.LoopOff },
  { name: BuiltIn.ShuffleOn },
  { name: BuiltIn.ShuffleOff },
] as const;

/** One declared intent. */
export type IntentDeclaration = (typeof intents)[number];

/** The slot names an intent declares (never for an intent without slots). */
export type SlotsOf<N extends IntentDeclaration['name']> =
  Extract<IntentDeclaration, { name: N }> extends { slots: infer S } ? keyof S & string : never;

/**
 * The custom slot types with a fixed set of values, and those value ids in model order. Each
 * language gives the words for every id (content-types.ts makes the types that come from content).
 */
export const fixedSlotTypes = {
  [SlotType.Pace]: [PaceId.Slower, PaceId.Faster, PaceId.Normal],
  [SlotType.HoldLength]: [HoldLengthId.Longer, HoldLengthId.Shorter, HoldLengthId.Normal],
  [SlotType.BreathingPattern]: [
    BreathingPatternId.Relaxed,
    BreathingPatternId.Box,
    BreathingPatternId.FourSevenEight,
  ],
  [SlotType.BodyPart]: Object.values(BodyPartId),
} as const;

export type FixedSlotTypeName = keyof typeof fixedSlotTypes;
