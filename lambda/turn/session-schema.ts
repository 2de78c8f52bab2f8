/**
 * The edge schema for session attributes. They come back from the device as we sent them, or
 * as anyone who can send a request wrote them: a state that fails here is discarded whole and
 * the turn reads the stored record instead (an invalid stored record is repaired; see
 * store/schema.ts).
 */
import * as z from 'zod/mini';
import { group, optional, value } from '../store/fields';
import { Id, IsoTime, Limits, TimeZoneName, userRecord } from '../store/schema';
import type { DialogState, Pending, Position } from '../routine/state';
import type { SessionAttributes } from './attributes';

const activity = z.object({ kind: z.enum(['routine', 'exercise']), id: Id });

const index = z.int().check(z.gte(0), z.lte(Limits.index));
const position = group<Position>({
  stepIndex: value(index, 0),
  chunkIndex: value(index, 0),
}).strict;

const asked = [
  z.object({ kind: z.literal('continue'), next: position }),
  z.object({ kind: z.literal('offer-start'), activity }),
  z.object({ kind: z.literal('offer-resume') }),
  z.object({ kind: z.literal('leave-out'), exerciseId: Id }),
  z.object({ kind: z.literal('offer-reminder'), at: IsoTime }),
  z.object({ kind: z.literal('reminder-time') }),
] as const;
// "Shall I stop it and start …?" keeps the question it interrupted (one level, never a switch).
const pending = z.discriminatedUnion('kind', [
  ...asked,
  z.object({
    kind: z.literal('switch'),
    activity,
    keep: z.optional(z.discriminatedUnion('kind', [...asked])),
  }),
]);
// A pending kind added to routine/state.ts without a line above fails to compile here.
type Unparsed = Exclude<Pending['kind'], z.output<typeof pending>['kind']>;
const everyPendingKind: [Unparsed] extends [never] ? true : Unparsed = true;
void everyPendingKind;

const dialogState = group<DialogState>({
  phase: value(z.enum(['idle', 'active', 'paused', 'finished']), 'idle'),
  activity: optional(activity),
  position: optional(position),
  pending: optional(pending),
  startedAt: optional(IsoTime),
});

/** Session attributes as this code wrote them; anything else fails. */
export const sessionAttributes = group<SessionAttributes>({
  user: userRecord,
  dialog: dialogState,
  timeZone: value(TimeZoneName, 'UTC'),
  unsaved: optional(z.boolean()),
  toldUnsaved: optional(z.boolean()),
}).strict;
