/**
 * AudioPlayer tokens: which activity and part a stream is. The part's key rides along, so a
 * part rendered with other settings is a new token (a device caches by token).
 */
import type { Activity } from '../routine/state';

const Prefix = 'bsc-hf1';

export interface PartToken {
  activity: Activity;
  /** 0-based part index within the activity's audio. */
  part: number;
  key: string;
}

export function toToken(t: PartToken): string {
  const kind = t.activity.kind === 'routine' ? 'r' : 'e';
  return [Prefix, kind, t.activity.id, t.part, t.key].join('|');
}

/** The token's meaning, or undefined when it is not one of ours. */
export function parseToken(token: unknown): PartToken | undefined {
  if (typeof token !== 'string' || token.length > 1024) return undefined;
  const [prefix, kind, id, part, key] = token.split('|');
  if (prefix !== Prefix || !id || !key || !/^\d+$/.test(part ?? '')) return undefined;
  if (kind !== 'r' && kind !== 'e') return undefined;
  return {
    activity: { kind: kind === 'r' ? 'routine' : 'exercise', id },
    part: Number(part),
    key,
  };
}
