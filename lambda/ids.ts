/**
 * Identifiers that cross a boundary (interaction model, handlers, tests, console).
 * Defined once here and imported everywhere.
 */

/** Custom intents of this skill. */
export const Intent = {
  StartRoutine: 'StartRoutineIntent',
  StartExercise: 'StartExerciseIntent',
  ListRoutines: 'ListRoutinesIntent',
  TodayPlan: 'TodayPlanIntent',
  DescribeExercise: 'DescribeExerciseIntent',
  TimeLeft: 'TimeLeftIntent',
  Skip: 'SkipIntent',
  /**
   * "Leave it out": at "Shall I leave X out from now on?" a yes; anywhere else a skip of the
   * move at hand (the question gives the phrase its scope).
   */
  LeaveOut: 'LeaveOutIntent',
  SetPace: 'SetPaceIntent',
  SetHoldLength: 'SetHoldLengthIntent',
  SetBreathing: 'SetBreathingIntent',
  FlareOn: 'FlareModeOnIntent',
  FlareOff: 'FlareModeOffIntent',
  QuietOn: 'QuietModeOnIntent',
  QuietOff: 'QuietModeOffIntent',
  Pain: 'PainIntent',
  Progress: 'ProgressIntent',
  // Hands-free (AudioPlayer): play a routine as audio; the preference to do so by default.
  PlayHandsFree: 'PlayHandsFreeIntent',
  HandsFreeOn: 'HandsFreeOnIntent',
  HandsFreeOff: 'HandsFreeOffIntent',
  /** "Pardon?": say the question again, never replay the exercise. */
  SayAgain: 'SayAgainIntent',
  // The daily reminder (issue 16).
  SetReminder: 'SetReminderIntent',
  ChangeReminder: 'ChangeReminderIntent',
  ReminderStatus: 'ReminderStatusIntent',
  CancelReminder: 'CancelReminderIntent',
  /** A bare time ("seven"): only the answer to "what time?" after a reminder request. */
  ReminderTime: 'ReminderTimeIntent',
} as const;

/** Amazon built-in intents the skill handles. */
export const BuiltIn = {
  Next: 'AMAZON.NextIntent',
  Previous: 'AMAZON.PreviousIntent',
  Repeat: 'AMAZON.RepeatIntent',
  Pause: 'AMAZON.PauseIntent',
  Resume: 'AMAZON.ResumeIntent',
  StartOver: 'AMAZON.StartOverIntent',
  Yes: 'AMAZON.YesIntent',
  No: 'AMAZON.NoIntent',
  Help: 'AMAZON.HelpIntent',
  Fallback: 'AMAZON.FallbackIntent',
  Stop: 'AMAZON.StopIntent',
  Cancel: 'AMAZON.CancelIntent',
  NavigateHome: 'AMAZON.NavigateHomeIntent',
  // AudioPlayer: certification wants a graceful answer to these while audio plays.
  LoopOn: 'AMAZON.LoopOnIntent',
  LoopOff: 'AMAZON.LoopOffIntent',
  ShuffleOn: 'AMAZON.ShuffleOnIntent',
  ShuffleOff: 'AMAZON.ShuffleOffIntent',
} as const;

export type CustomIntentName = (typeof Intent)[keyof typeof Intent];
export type BuiltInIntentName = (typeof BuiltIn)[keyof typeof BuiltIn];
export type IntentName = CustomIntentName | BuiltInIntentName;

/** Slot names, and the custom slot types they use. */
export const Slot = {
  Routine: 'routine',
  Exercise: 'exercise',
  Pace: 'pace',
  HoldLength: 'holdLength',
  BreathingPattern: 'pattern',
  Inhale: 'inhale',
  Exhale: 'exhale',
  HoldIn: 'holdIn',
  HoldOut: 'holdOut',
  /** Where it hurts ("my neck hurts"): heard so the phrase is understood, never stored. */
  BodyPart: 'bodyPart',
  /** AMAZON.TIME: the reminder's time of day. */
  Time: 'time',
} as const;

export const SlotType = {
  Routine: 'RoutineName',
  Exercise: 'ExerciseName',
  Pace: 'PaceValue',
  HoldLength: 'HoldLengthValue',
  BreathingPattern: 'BreathingPatternName',
  BodyPart: 'BodyPart',
} as const;

/** Slot value ids for the small fixed slot types (the routine and exercise ids come from content). */
export const PaceId = { Slower: 'slower', Normal: 'normal', Faster: 'faster' } as const;
export const HoldLengthId = { Longer: 'longer', Shorter: 'shorter', Normal: 'normal' } as const;
export const BreathingPatternId = {
  Relaxed: 'relaxed', // 4 in, 6 out
  Box: 'box', // 4-4-4-4
  FourSevenEight: 'four-seven-eight', // 4-7-8
} as const;

export const BodyPartId = {
  Back: 'back',
  Neck: 'neck',
  Shoulder: 'shoulder',
  Arm: 'arm',
  Hand: 'hand',
  Chest: 'chest',
  Hip: 'hip',
  Leg: 'leg',
  Knee: 'knee',
  Foot: 'foot',
  Head: 'head',
} as const;

/** Locales the skill ships. Languages are the first two letters. */
export const Locales = [
  'en-US',
  'en-GB',
  'en-CA',
  'en-AU',
  'en-IN',
  'de-DE',
  'es-ES',
  'es-MX',
  'es-US',
] as const;
export type Locale = (typeof Locales)[number];
export const Languages = ['en', 'de', 'es'] as const;
export type Language = (typeof Languages)[number];
export const DefaultLocale: Locale = 'en-US';

/** Skill events subscribed in the manifest. */
export const SkillEvent = {
  Disabled: 'AlexaSkillEvent.SkillDisabled',
  Enabled: 'AlexaSkillEvent.SkillEnabled',
} as const;

/** Echo Show touch targets: the first argument of the APL UserEvent each one sends. */
export const TouchEvent = {
  Next: 'next',
  Pause: 'pause',
  Repeat: 'repeat',
  /** "Start" on an offer or between parts: the same as saying yes. */
  Start: 'start',
  Resume: 'resume',
} as const;
export type TouchEvent = (typeof TouchEvent)[keyof typeof TouchEvent];

/** The APL request type a touch arrives as. */
export const AplUserEvent = 'Alexa.Presentation.APL.UserEvent';

/** Reminders API events subscribed in the manifest: they keep the stored reminder in sync. */
export const ReminderEvent = {
  Created: 'Reminders.ReminderCreated',
  Updated: 'Reminders.ReminderUpdated',
  Deleted: 'Reminders.ReminderDeleted',
  Started: 'Reminders.ReminderStarted',
  StatusChanged: 'Reminders.ReminderStatusChanged',
} as const;

/** The skill-connections answer to Alexa's consent question. */
export const ConnectionsResponse = 'Connections.Response';
