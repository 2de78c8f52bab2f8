/** Reading slots: the resolved id when entity resolution matched, the heard value otherwise. */
import { getSlot, type HandlerInput } from 'ask-sdk-core';

export interface SlotReading {
  /** What Alexa heard, if anything. */
  heard?: string;
  /** The slot value id when the value matched the slot type (ER_SUCCESS_MATCH). */
  id?: string;
}

export function readSlot(input: HandlerInput, name: string): SlotReading {
  let slot;
  try {
    slot = getSlot(input.requestEnvelope, name);
  } catch {
    return {};
  }
  if (!slot) return {};
  const heard = typeof slot.value === 'string' && slot.value.trim() ? slot.value.trim() : undefined;
  for (const authority of slot.resolutions?.resolutionsPerAuthority ?? []) {
    if (authority.status?.code === 'ER_SUCCESS_MATCH' && authority.values?.[0]?.value?.id) {
      return { heard, id: authority.values[0].value.id };
    }
  }
  return { heard };
}

/** A whole number slot (AMAZON.NUMBER), or undefined when missing or not a number. */
export function readNumber(input: HandlerInput, name: string): number | undefined {
  const { heard } = readSlot(input, name);
  if (heard === undefined || !/^\d+$/.test(heard)) return undefined;
  return Number(heard);
}
