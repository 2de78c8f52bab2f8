/**
 * Where an answer's speech is: its outputSpeech, or, when an Echo Show speaks it in step with
 * the screen, the APL document's narration (before the part, the part, after it).
 */
import type { Directive, Response } from 'ask-sdk-model';
import type { ScreenData } from '../../lambda/screen/types';

interface Narration {
  properties?: Record<string, string>;
}

/** The SSML documents the screen speaks, in order (each wrapped in <speak>). */
export function screenSsml(directives: readonly Directive[] | undefined): string[] {
  const apl = directives?.find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument') as
    { datasources?: { narration?: Narration } } | undefined;
  const p = apl?.datasources?.narration?.properties ?? {};
  return [p.before, p.chunk, p.after].filter((s): s is string => !!s);
}

/** The whole spoken SSML of a response, from outputSpeech or else from the screen. */
export function spokenSsml(response: Response): string | undefined {
  const speech = response.outputSpeech;
  if (speech?.type === 'SSML') return speech.ssml;
  const parts = screenSsml(response.directives);
  if (!parts.length) return undefined;
  return `<speak>${parts.map((s) => s.replace(/^<speak>|<\/speak>$/g, '')).join(' ')}</speak>`;
}

type Command = { type: string; [key: string]: unknown };

/** What the schedule shows when, read back from the commands: "hold 31.4 s +20.0 s". */
function scheduleLines(commands: Command[] | undefined): string[] {
  const parallel = commands
    ?.flatMap((c) => (c.commands as Command[] | undefined) ?? [])
    .find((c) => c.type === 'Parallel');
  const timers: string[] = [];
  const beats: string[] = [];
  for (const track of (parallel?.commands as Command[] | undefined) ?? []) {
    let cursor = 0;
    let label = '';
    for (const c of (track.commands as Command[] | undefined) ?? []) {
      cursor += Number(c.delay ?? 0);
      if (c.type === 'SetValue' && (c.property === 'timerLabel' || c.property === 'beat'))
        label = String(c.value);
      if (c.type !== 'AnimateItem') continue;
      const span = `${label} ${(cursor / 1000).toFixed(1)}s +${(Number(c.duration) / 1000).toFixed(1)}s`;
      (c.componentId === 'timerBar' ? timers : beats).push(span);
      cursor += Number(c.duration);
    }
  }
  return [
    ...(timers.length ? [`timers: ${timers.join(' · ')}`] : []),
    ...(beats.length ? [`phases: ${beats.join(' · ')}`] : []),
  ];
}

/** The screen's state as text: title, progress, the timers and phases, and what comes after. */
export function screenLines(directives: readonly Directive[] | undefined): string[] {
  const apl = directives?.find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument') as
    { datasources?: { screen?: ScreenData } } | undefined;
  const s = apl?.datasources?.screen;
  if (!s) return [];
  const exec = directives?.find((d) => d.type === 'Alexa.Presentation.APL.ExecuteCommands') as
    { commands?: Command[] } | undefined;
  const buttons = (list: Array<{ label: string }> = []) =>
    list.map((b) => `[${b.label}]`).join(' ');
  const lines: string[] = [];
  if (s.view === 'exercise') {
    lines.push([s.title, s.progress].filter(Boolean).join(' · ') + ` ${buttons(s.buttons)}`);
    lines.push(...scheduleLines(exec?.commands));
  }
  const after = [s.after?.headline, s.after?.detail, buttons(s.after?.buttons)].filter(Boolean);
  if (after.length) lines.push(`${s.view === 'exercise' ? 'then: ' : ''}${after.join(' ')}`);
  return lines;
}
