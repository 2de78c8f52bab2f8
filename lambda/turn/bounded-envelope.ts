/**
 * A guard in front of ask-sdk: session attributes too deep or too large to be ours are
 * replaced by none before the SDK sees them. The SDK deep-copies attributes with
 * JSON.stringify, which a hostile 10,000-level nesting overflows before any handler runs; and
 * anything this large would fail the session schema anyway (the turn then reads the store).
 */
import { Skill } from '../ask-sdk';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';

/** Far beyond what the skill writes (depth about 6, a few hundred values, a few KB). */
const MaxDepth = 24;
const MaxNodes = 10_000;
const MaxChars = 100_000;

/**
 * True when `value` is a tree within the limits. Walked without recursion, and stopping at the
 * first limit passed, so a huge input costs no more than a legal one.
 */
export function withinLimits(value: unknown): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  let nodes = 0;
  let chars = 0;
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v === 'string') chars += v.length;
    if (chars > MaxChars) return false;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= MaxDepth) return false;
    if (Array.isArray(v)) {
      if ((nodes += v.length) > MaxNodes) return false;
      for (const child of v) stack.push([child, depth + 1]);
      continue;
    }
    for (const key in v) {
      if (++nodes > MaxNodes || (chars += key.length) > MaxChars) return false;
      stack.push([(v as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return true;
}

export function boundedEnvelope(envelope: RequestEnvelope): RequestEnvelope {
  const session = envelope?.session;
  if (!session || session.attributes === undefined || withinLimits(session.attributes))
    return envelope;
  return { ...envelope, session: { ...session, attributes: {} } };
}

/** The SDK's skill, with every envelope passed through `boundedEnvelope` first. */
export class BoundedSkill extends Skill {
  invoke(envelope: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> {
    return super.invoke(boundedEnvelope(envelope), context);
  }
}
