/**
 * What an Echo Show displays while an exercise plays: its written name, where it sits in the
 * routine, and its steps. Sent only to devices that declare APL.
 */
import { getSupportedInterfaces, type HandlerInput } from 'ask-sdk-core';
import type { interfaces } from 'ask-sdk-model';
import type { Activity, Position } from '../routine/state';
import { activityName, type RenderContext } from './context';
import { pick, pickList } from './text';

const document = {
  type: 'APL',
  version: '2023.3',
  mainTemplate: {
    parameters: ['payload'],
    items: [
      {
        type: 'Container',
        width: '100vw',
        height: '100vh',
        paddingLeft: '6vw',
        paddingRight: '6vw',
        paddingTop: '6vh',
        items: [
          { type: 'Text', text: '${payload.screen.title}', fontSize: '48dp', fontWeight: 'bold' },
          {
            type: 'Text',
            text: '${payload.screen.subtitle}',
            fontSize: '26dp',
            paddingTop: '12dp',
          },
          { type: 'Text', text: '${payload.screen.body}', fontSize: '30dp', paddingTop: '28dp' },
        ],
      },
    ],
  },
};

export function supportsScreen(input: HandlerInput): boolean {
  try {
    return !!getSupportedInterfaces(input.requestEnvelope)['Alexa.Presentation.APL'];
  } catch {
    return false;
  }
}

export function exerciseScreen(
  c: RenderContext,
  activity: Activity,
  pos: Position,
): interfaces.alexa.presentation.apl.RenderDocumentDirective | undefined {
  const view = c.view(activity);
  const index = view ? view.steps.findIndex((s) => s.stepIndex === pos.stepIndex) : -1;
  const exercise =
    view && index >= 0 ? c.catalog.exercises.get(view.steps[index].exerciseId) : undefined;
  if (!view || !exercise) return undefined;
  const lines = [...pickList(exercise.setup, c.locale), ...pickList(exercise.movement, c.locale)];
  return {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: 'exercise',
    document,
    datasources: {
      screen: {
        title: pick(exercise.name, c.locale),
        subtitle: c.t('screen.progress', {
          name: activityName(c, activity),
          current: index + 1,
          count: view.steps.length,
        }),
        body: lines.map((l) => `• ${l}`).join('\n'),
      },
    },
  };
}
