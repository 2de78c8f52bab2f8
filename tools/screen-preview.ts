/**
 * Renders the Echo Show screens to PNG for review, one per declared viewport and document,
 * with Amazon's web renderer (apl-viewhost-web) in headless Chromium, offline:
 *
 *   node --experimental-websocket --import tsx tools/screen-preview.ts <index.js> [out-dir]
 *
 * Needs `apt-get install chromium` and a prebuilt apl-viewhost-web bundle (`index.js`). The
 * npm package downloads its bundle from Amazon's CDN when installed (no network here), except
 * version 1.4.0, which ships one: `npm pack apl-viewhost-web@1.4.0`. That renderer is APL 1.4,
 * so the documents are rendered as version 1.4; anything newer would show as missing.
 * The answers are real ones from the skill: the morning routine's breathing, a hold, a pause.
 * Each exercise screen shows a moment in the part: the first value of each schedule track.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { supportedViewports } from '../infra/skill-package/viewports';
import { createSkill } from '../lambda/skill';
import { MemoryStore } from '../lambda/store/memory-store';
import { screenshot } from './lib/chromium-shot';
import { intentRequest, newConversation, type SlotInput } from './lib/envelopes';

type Command = { type: string; [key: string]: unknown };

const [bundle, outDir = 'screens'] = process.argv.slice(2);
if (!bundle) throw new Error('usage: screen-preview.ts <apl-viewhost-web index.js> [out-dir]');

/** The first SetValues of each schedule track, without their delays. */
function midway(exec: { commands?: Command[] } | undefined): Command[] {
  const parallel = exec?.commands
    ?.flatMap((c) => (c.commands as Command[] | undefined) ?? [])
    .find((c) => c.type === 'Parallel');
  const tracks = ((parallel?.commands as Command[] | undefined) ?? []).filter(
    (t) => t.type === 'Sequential',
  );
  return tracks.flatMap((t) =>
    (t.commands as Command[])
      .filter((c) => c.type === 'SetValue')
      .slice(0, t === tracks[0] ? undefined : 3)
      .map((c) => ({ ...c, delay: 0 })),
  );
}

async function answers() {
  const skill = createSkill({ store: new MemoryStore(), log: () => undefined });
  let c = newConversation({ screen: true });
  const routine: SlotInput = { value: 'morning', id: 'bedside-morning', type: 'RoutineName' };
  const turns: Array<[string, string, Record<string, SlotInput>]> = [
    ['breathing', 'StartRoutineIntent', { routine }],
    ['hold', 'AMAZON.YesIntent', {}],
    ['paused', 'AMAZON.PauseIntent', {}],
  ];
  const found = [];
  for (const [name, intent, slots] of turns) {
    const r = await skill.invoke(intentRequest(c, intent, slots));
    c = { ...c, attributes: r.sessionAttributes ?? {}, isNew: false };
    const all = r.response.directives ?? [];
    const render = all.find((d) => d.type.endsWith('RenderDocument')) as
      { document: object; datasources: object } | undefined;
    const exec = all.find((d) => d.type.endsWith('ExecuteCommands')) as never;
    if (render) found.push({ name, render, commands: midway(exec) });
  }
  return found;
}

function page(
  doc: object,
  data: object,
  commands: Command[],
  v: Record<string, unknown>,
  mode: string,
): string {
  return `<!doctype html><html><body style="margin:0;background:#000">
<div id="view"></div>
<script src="file://${path.resolve(bundle)}"></script>
<script>
(async () => {
  const { initEngine, Content } = AplRenderer;
  await initEngine();
  const content = Content.create(${JSON.stringify(JSON.stringify(doc))});
  content.addData('payload', ${JSON.stringify(JSON.stringify(data))});
  const renderer = AplRenderer.default.create({
    content, view: document.getElementById('view'), theme: 'dark',
    environment: { agentName: 'preview', agentVersion: '1.0' },
    viewport: ${JSON.stringify(v)}, mode: ${JSON.stringify(mode)}, utcTime: Date.now(), localTimeAdjustment: 0,
  });
  await renderer.init();
  renderer.executeCommands(${JSON.stringify(JSON.stringify(commands))});
  setTimeout(() => { document.title = 'rendered'; }, 1000);
})().catch((e) => { document.title = 'failed: ' + e; });
</script></body></html>`;
}

void (async () => {
  mkdirSync(outDir, { recursive: true });
  for (const { name, render, commands } of await answers()) {
    for (const v of supportedViewports) {
      const size = { width: v.minWidth, height: v.minHeight };
      const tag = `${name}-${v.mode}-${v.shape}-${size.width}x${size.height}`.toLowerCase();
      const html = path.resolve(outDir, `${tag}.html`);
      const viewport = { ...size, isRound: v.shape === 'ROUND', dpi: 160 };
      const doc = { ...render.document, version: '1.4' };
      writeFileSync(html, page(doc, render.datasources, commands, viewport, v.mode));
      const png = path.resolve(outDir, `${tag}.png`);
      const title = await screenshot(`file://${html}`, png, size, (t) => t !== '');
      console.log(title === 'rendered' ? png : `${png}: ${title || 'not rendered in time'}`);
    }
  }
})();
