/**
 * Routine ids the skill and the weekly plan rely on by name. Content may add more routines;
 * these must always exist (the checker fails without them).
 */
export const RoutineId = {
  BedsideMorning: 'bedside-morning',
  AsDaily: 'as-daily',
  FlareDay: 'flare-day',
  LowerBack: 'lower-back',
  CoreStrength: 'core-strength',
  DeskBreak: 'desk-break',
  Breathing: 'breathing',
  EveningWindDown: 'evening-wind-down',
  NeckUpperBack: 'neck-upper-back',
} as const;

export type RoutineIdValue = (typeof RoutineId)[keyof typeof RoutineId];

/** Every routine id above, in the order they are listed when the manifest gives none. */
export const RequiredRoutineIds: readonly string[] = Object.values(RoutineId);
