/**
 * SSML as readable text for the console and test failures: what the listener hears, with the
 * silences and whispering made visible. `<break time="10s"/>` -> `[pause 10s]` (breaks in a
 * row add up), a whispered span -> `[whisper] ... [/whisper]`, `<audio>` -> `[audio]`,
 * `<sub alias>` -> the alias, entities unescaped, everything else reduced to its words.
 */

const Entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) => {
    if (code[0] !== '#') return Entities[code.toLowerCase()] ?? whole;
    const n = code[1].toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : Number(code.slice(1));
    return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
  });
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`${name}\\s*=\\s*["']([^"']*)["']`).exec(tag)?.[1];
}

/** "10s", "500ms" -> seconds; strength-only breaks count as a short pause. */
function breakSeconds(tag: string): number {
  const time = attribute(tag, 'time');
  const m = time ? /^\s*([\d.]+)\s*(ms|s)\s*$/i.exec(time) : null;
  if (m) return Number(m[1]) / (m[2].toLowerCase() === 'ms' ? 1000 : 1);
  return attribute(tag, 'strength') === 'none' ? 0 : 0.5;
}

function pauseLabel(seconds: number): string {
  const rounded = Math.round(seconds * 10) / 10;
  return `[pause ${rounded}s]`;
}

export function ssmlToText(ssml: string): string {
  const out: string[] = [];
  let pause = 0;
  let skipText = 0;
  const flushPause = () => {
    if (pause > 0) out.push(` ${pauseLabel(pause)} `);
    pause = 0;
  };
  for (const [token] of ssml.matchAll(/<[^>]*>|[^<]+/g)) {
    if (!token.startsWith('<')) {
      if (skipText > 0 || !token.trim()) {
        if (token.trim() === '' && out.length) out.push(' ');
        continue;
      }
      flushPause();
      out.push(unescape(token));
      continue;
    }
    const closing = token.startsWith('</');
    const name = /^<\/?\s*([\w:-]+)/.exec(token)?.[1]?.toLowerCase() ?? '';
    if (name === 'break') {
      pause += breakSeconds(token);
    } else if (name === 'amazon:effect' && !closing && attribute(token, 'name') === 'whispered') {
      flushPause();
      out.push(' [whisper] ');
    } else if (name === 'amazon:effect' && closing) {
      flushPause();
      out.push(' [/whisper] ');
    } else if (name === 'audio') {
      flushPause();
      out.push(' [audio] ');
    } else if (name === 'sub' && !closing) {
      flushPause();
      out.push(` ${unescape(attribute(token, 'alias') ?? '')} `);
      skipText += 1;
    } else if (name === 'sub' && closing) {
      skipText = Math.max(0, skipText - 1);
    } else if (['p', 's'].includes(name)) {
      out.push(' ');
    }
  }
  flushPause();
  return out
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,!?;:])/g, '$1')
    .trim();
}
