/**
 * Every document the skill sends passes Amazon's static APL validator (apl-suggester) with no
 * error and no warning: each activity type with real data, each command sent with it, and
 * every declared viewport's conditions evaluated. apl-suggester checks a document without a
 * viewport, so the viewport test checks what varies by viewport: the `when` conditions.
 */
import { StaticAplTemplateValidator } from 'apl-suggester';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { supportedViewports } from '../../infra/skill-package/viewports';
import { screenDocument } from '../../lambda/screen/documents';
import type { ScreenKind } from '../../lambda/screen/types';
import { Device } from '../support/device';

const Kinds: ScreenKind[] = ['hold', 'tempo', 'breathing', 'next', 'finish'];

async function problems(check: (v: StaticAplTemplateValidator) => Promise<unknown[]>) {
  // apl-suggester logs "No mixin for component" for layouts it does not model; not a finding.
  const quiet = (['log', 'info', 'warn', 'error'] as const).map((m) =>
    jest.spyOn(console, m).mockImplementation(() => undefined),
  );
  try {
    return await check(new StaticAplTemplateValidator());
  } finally {
    quiet.forEach((q) => q.mockRestore());
  }
}

function directives(r: ResponseEnvelope) {
  const all = r.response.directives ?? [];
  return {
    render: all.find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument') as
      { document: object; datasources: object } | undefined,
    commands: all.find((d) => d.type === 'Alexa.Presentation.APL.ExecuteCommands') as
      { commands: object[] } | undefined,
  };
}

describe('APL documents, checked by apl-suggester', () => {
  it.each(Kinds)('the %s document has no errors or warnings', async (kind) => {
    expect(await problems((v) => v.validate(screenDocument(kind, 120)))).toEqual([]);
  });

  it('the documents, data and commands the skill sends through a routine are all valid', async () => {
    const device = new Device({ screen: true });
    const sent: Array<ReturnType<typeof directives>> = [];
    const record = (r: ResponseEnvelope) => sent.push(directives(r));
    record((await device.say('start the bedside morning routine')).response);
    for (let i = 0; i < 12 && device.sessionOpen; i++) record((await device.say('yes')).response);
    for (const { render, commands } of sent) {
      if (!render) continue;
      expect(await problems((v) => v.validate(render.document))).toEqual([]);
      expect(await problems((v) => v.validateDataSources(render.datasources))).toEqual([]);
      if (commands)
        expect(
          await problems((v) => v.validate({ ...render.document, onMount: commands.commands })),
        ).toEqual([]);
    }
    expect(sent.filter((s) => s.render).length).toBeGreaterThan(5);
  });

  it.each(supportedViewports.map((v) => [`${v.mode} ${v.shape} ${v.minWidth}x${v.minHeight}`, v]))(
    'every condition evaluates on the %s viewport',
    (_, v) => {
      // The conditions only read viewport shape, mode and size: evaluate them for this screen.
      const viewport = {
        shape: v.shape.toLowerCase(),
        mode: v.mode.toLowerCase(),
        width: v.minWidth,
        height: v.minHeight,
      };
      for (const kind of Kinds) {
        const text = JSON.stringify(screenDocument(kind, 60));
        const conditions = [...text.matchAll(/\$\{(viewport[^}]*)\}/g)].map((m) => m[1]);
        for (const c of conditions) {
          const js = c.replace(/==/g, '===').replace(/!=/g, '!==');
          expect(() => new Function('viewport', `return (${js});`)(viewport)).not.toThrow();
        }
      }
    },
  );
});
