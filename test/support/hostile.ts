/**
 * Hostile input for the robustness suites: values that have broken request handlers before
 * (huge numbers, numbers as strings, megabyte strings, deep nesting, wrong types, unknown
 * keys), and a seeded generator of whole envelopes built from them, so a failure replays.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { BuiltIn, Intent, Slot } from '../../lambda/ids';

/** A small seeded PRNG (mulberry32): the same seed gives the same envelopes. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An object nested `depth` levels deep, built without recursion. */
export function deeplyNested(depth: number, leaf: unknown = 'bottom'): unknown {
  let v: unknown = leaf;
  for (let i = 0; i < depth; i++) v = { a: v, phase: 'active' };
  return v;
}

export const Megabyte = 'x'.repeat(1024 * 1024);

let fixed: unknown[] | undefined;
/** Hostile objects are shared between envelopes: `plant` never walks into them. */
const planted = new WeakSet<object>();

/** Values that are wrong in some way wherever they land (built once; treat as read-only). */
export function hostileValues(random: () => number): unknown[] {
  fixed ??= [
    1e308,
    -1e308,
    '1e999',
    1_000_000,
    -1,
    0.5,
    Number.MAX_SAFE_INTEGER + 2,
    '',
    ' ',
    'x'.repeat(10_000),
    Megabyte,
    '<speak>&amp;</speak>',
    '\u0000\u0007\u001b]0;',
    '__proto__',
    { __proto__: { polluted: true } },
    JSON.parse('{"__proto__": {"polluted": true}}'),
    null,
    true,
    [],
    {},
    Array.from({ length: 100_000 }, (_, i) => `move-${i}`),
    deeplyNested(10_000),
    { phase: 'active', stepIndex: 1e308 },
  ];
  for (const v of fixed) if (typeof v === 'object' && v !== null) planted.add(v);
  const nested = deeplyNested(1 + Math.floor(random() * 200)) as object;
  planted.add(nested);
  return [...fixed, nested];
}

const Intents = [...Object.values(Intent), ...Object.values(BuiltIn), 'SomeOtherIntent', ''];
const Slots = Object.values(Slot);
const RequestTypes = [
  'LaunchRequest',
  'IntentRequest',
  'IntentRequest',
  'IntentRequest',
  'SessionEndedRequest',
  'AlexaSkillEvent.SkillEnabled',
  'Display.ElementSelected',
  'CanFulfillIntentRequest',
];
const Locales = ['en-US', 'de-DE', 'es-MX', 'fr-FR', 'EN-us', 'de', '', 42, null, {}, ['en-US']];

/**
 * Sets `value` at a random path of `target` (an object tree), walking into existing keys most
 * of the time and inventing new ones sometimes.
 */
export function plant(target: Record<string, unknown>, value: unknown, random: () => number) {
  if (typeof target !== 'object' || target === null || planted.has(target)) return;
  let node = target;
  for (let depth = 0; depth < 6; depth++) {
    const keys = Object.keys(node);
    const invent = keys.length === 0 || random() < 0.15;
    const key = invent
      ? `unknown${Math.floor(random() * 5)}`
      : keys[Math.floor(random() * keys.length)];
    const child = node[key];
    const leaf = typeof child !== 'object' || child === null || planted.has(child);
    if (invent || leaf || random() < 0.3) {
      node[key] = value;
      return;
    }
    node = child as Record<string, unknown>;
  }
}

/**
 * A hostile variant of `base`: a request type, intent and slots drawn at random, a locale that
 * may be no locale at all, and one to three hostile values planted in the session attributes,
 * the slots or the request.
 */
export function hostileEnvelope(base: RequestEnvelope, random: () => number): RequestEnvelope {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const values = hostileValues(random);
  const e = structuredClone(base);
  const type = pick(RequestTypes);
  const slots: Record<string, unknown> = {};
  for (const name of Slots) {
    if (random() < 0.3) {
      slots[name] = {
        name,
        value: random() < 0.5 ? pick(values) : pick(['4', 'slower', 'bedside morning', '1e999']),
        resolutions:
          random() < 0.5
            ? { resolutionsPerAuthority: pick(values) }
            : {
                resolutionsPerAuthority: [
                  {
                    status: { code: 'ER_SUCCESS_MATCH' },
                    values: [{ value: { id: pick(values) } }],
                  },
                ],
              },
      };
    }
  }
  const request: Record<string, unknown> = {
    ...e.request,
    type,
    locale: pick(Locales),
    ...(type === 'IntentRequest' ? { intent: { name: pick(Intents), slots } } : {}),
    ...(type === 'SessionEndedRequest' ? { reason: pick(['USER_INITIATED', 42, values[10]]) } : {}),
  };
  const plantings = 1 + Math.floor(random() * 3);
  for (let i = 0; i < plantings; i++) {
    const where = random();
    const intent = request.intent as Record<string, unknown> | undefined;
    if (where < 0.7 && e.session?.attributes) plant(e.session.attributes, pick(values), random);
    else if (where < 0.85 && intent) plant(intent, pick(values), random);
    else plant(request, pick(values), random);
  }
  return { ...e, request: request as unknown as RequestEnvelope['request'] };
}

/** Sets `value` at a dotted path of `target`, whatever the types on the way: to spoil input. */
export function spoil(target: unknown, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
}
