/**
 * The edge schema for session attributes. They come back from the device as we sent them, or
 * as anyone who can send a request wrote them: a state that fails here is discarded whole and
 * the turn reads the stored record instead (an invalid stored record is repaired; see
 * store/schema.ts).
 */
import { bool, group, oneOf, optional, shape, union, value, type Check } from '../store/fields';
import { Id, Index, IsoTime, TimeZoneName, userRecord } from '../store/schema';
import type { Activity, DialogState, Pending, Position } from '../routine/state';
import type { SessionAttributes } from './attributes';

const activity: Check<Activity> = shape({ kind: oneOf(['routine', 'exercise']), id: Id });

const position = shape<Position>({ stepIndex: Index, chunkIndex: Index });

type Asked = Exclude<Pending, { kind: 'switch' }>;
// A pending kind added to routine/state.ts without a line here fails to compile (union's type).
const asked = {
  continue: shape({ kind: oneOf(['continue']), next: position }),
  'offer-start': shape({ kind: oneOf(['offer-start']), activity }),
  'offer-resume': shape({ kind: oneOf(['offer-resume']) }),
  'leave-out': shape({ kind: oneOf(['leave-out']), exerciseId: Id }),
  'offer-reminder': shape({ kind: oneOf(['offer-reminder']), at: IsoTime }),
  'reminder-time': shape({ kind: oneOf(['reminder-time']) }),
} as const;
// "Shall I stop it and start …?" keeps the question it interrupted (one level, never a switch).
const pending = union<Pending>({
  ...asked,
  switch: shape({
    kind: oneOf(['switch']),
    activity,
    keep: optional(union<Asked>(asked)),
  }),
});

const dialogState = group<DialogState>({
  phase: value(oneOf(['idle', 'active', 'paused', 'finished']), 'idle'),
  activity: optional(activity),
  position: optional(position),
  pending: optional(pending),
  startedAt: optional(IsoTime),
});

/** Session attributes as this code wrote them; anything else fails (guard.ts `strict`). */
export const sessionAttributes: Check<SessionAttributes> = group<SessionAttributes>({
  user: userRecord,
  dialog: dialogState,
  timeZone: value(TimeZoneName, 'UTC'),
  unsaved: optional(bool),
  toldUnsaved: optional(bool),
});
