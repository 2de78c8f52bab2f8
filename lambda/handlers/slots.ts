/** Reading slots: the resolved id when entity resolution matched, the heard value otherwise. */
import type { HandlerInput } from 'ask-sdk-core';
import { getSlot } from '../ask-sdk';

export interface SlotReading {
  /** What Alexa heard, if anything, cut to MaxHeardLength characters (it may be spoken back). */
  heard?: string;
  /** The slot value id when the value matched the slot type (ER_SUCCESS_MATCH). */
  id?: string;
}

/** Longest heard value kept: enough for any routine name, short enough to say back. */
export const MaxHeardLength = 60;
/** Slot value ids are ours (content and ids.ts): short. */
const MaxIdLength = 64;

/**
 * A heard value fit to say back: control characters (not allowed in SSML) and runs of space
 * collapsed, then cut at a word boundary. Speech.say escapes what is left.
 */
export function heardText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Look at a bounded prefix only: a 1 MB slot costs no more than a short one.
  // eslint-disable-next-line no-control-regex
  const clean = value.slice(0, MaxHeardLength * 4).replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ');
  const text = clean.trim();
  if (!text) return undefined;
  if (text.length <= MaxHeardLength) return text;
  const cut = text.slice(0, MaxHeardLength);
  const space = cut.lastIndexOf(' ');
  return (space > MaxHeardLength / 2 ? cut.slice(0, space) : cut).trim();
}

export function readSlot(input: HandlerInput, name: string): SlotReading {
  let slot;
  try {
    slot = getSlot(input.requestEnvelope, name);
  } catch {
    return {};
  }
  if (!slot || typeof slot !== 'object') return {};
  const heard = heardText(slot.value);
  const authorities: unknown = slot.resolutions?.resolutionsPerAuthority;
  for (const authority of Array.isArray(authorities) ? authorities.slice(0, 8) : []) {
    const a = authority as { status?: { code?: unknown }; values?: { value?: { id?: unknown } }[] };
    const id = Array.isArray(a?.values) ? a.values[0]?.value?.id : undefined;
    if (a?.status?.code === 'ER_SUCCESS_MATCH' && typeof id === 'string' && id) {
      if (id.length <= MaxIdLength) return { heard, id };
    }
  }
  return { heard };
}

/** A whole number slot (AMAZON.NUMBER), or undefined when missing or not a number. */
export function readNumber(input: HandlerInput, name: string): number | undefined {
  const { heard } = readSlot(input, name);
  if (heard === undefined || !/^\d{1,6}$/.test(heard)) return undefined;
  return Number(heard);
}
