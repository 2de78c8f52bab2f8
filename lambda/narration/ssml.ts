/**
 * Timeline -> SSML. Speech is escaped; each silence becomes one <break>. A timeline never has
 * a silence over 10 s or two silences in a row, and it never starts with silence (espeak-ng
 * drops a leading break): rendering throws if it does, because that is a narration bug.
 */
import type { Segment } from './types';
import type { QuietStyle } from './style';

export const MaxBreakSeconds = 10;

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text for SSML: & < > " ' */
export function escapeSsml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]);
}

/** A break in milliseconds: Alexa and espeak-ng both honour whole milliseconds exactly. */
function breakTag(seconds: number): string {
  return `<break time="${Math.round(seconds * 1000)}ms"/>`;
}

export interface RenderStyle {
  /** Prosody rate, 1 = the voice's own; applied per phrase so breaks keep their length. */
  rate: number;
  quiet?: QuietStyle;
}

export function renderSsml(timeline: readonly Segment[], style: RenderStyle): string {
  const parts: string[] = [];
  let previous: Segment['kind'] | undefined;
  for (const seg of timeline) {
    if (seg.kind === 'silence') {
      if (previous === undefined) throw new Error('timeline starts with silence');
      if (previous === 'silence') throw new Error('two silences side by side');
      if (seg.seconds > MaxBreakSeconds + 1e-9) throw new Error(`silence of ${seg.seconds} s`);
      if (Math.round(seg.seconds * 1000) === 0) continue;
      parts.push(breakTag(seg.seconds));
    } else {
      const text = escapeSsml(seg.text);
      // espeak-ng stretches breaks inside a slowed <prosody>, so the rate wraps speech only.
      const spoken =
        style.rate === 1
          ? text
          : `<prosody rate="${Math.round(style.rate * 100)}%">${text}</prosody>`;
      parts.push(previous === 'speech' ? ` ${spoken}` : spoken);
    }
    previous = seg.kind;
  }
  const body = parts.join('');
  if (style.quiet === 'whispered') return `<amazon:effect name="whispered">${body}</amazon:effect>`;
  if (style.quiet === 'soft') return `<prosody volume="soft">${body}</prosody>`;
  return body;
}
