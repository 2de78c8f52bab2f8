/**
 * What the coach tells people to say must be heard: each phrase quoted in a German or Spanish
 * line reaches the intent that line promises, through that locale's own model.
 */
import { translatorFor } from '../../lambda/i18n';
import { BuiltIn, Intent } from '../../lambda/ids';
import { matcherFor } from '../support/device';

const cases: [locale: string, key: string, phrase: string, intent: string][] = [
  ['de-DE', 'help.idle', 'starte die Morgenroutine im Bett', Intent.StartRoutine],
  ['de-DE', 'help.idle', 'welche Routinen gibt es', Intent.ListRoutines],
  ['de-DE', 'help.idle', 'was steht heute an', Intent.TodayPlan],
  ['de-DE', 'help.idle', 'wie läuft es bei mir', Intent.Progress],
  ['de-DE', 'help.active', 'weiter', BuiltIn.Next],
  ['de-DE', 'help.active', 'noch mal', BuiltIn.Repeat],
  ['de-DE', 'help.active', 'überspringen', Intent.Skip],
  ['de-DE', 'help.active', 'zurück', BuiltIn.Previous],
  ['de-DE', 'help.active', 'Pause', BuiltIn.Pause],
  ['de-DE', 'help.active', 'langsamer', Intent.SetPace],
  ['de-DE', 'help.active', 'länger halten', Intent.SetHoldLength],
  ['de-DE', 'help.active', 'wie lange noch', Intent.TimeLeft],
  ['de-DE', 'help.active', 'das tut weh', Intent.Pain],
  ['de-DE', 'help.paused', 'weitermachen', BuiltIn.Resume],
  ['de-DE', 'help.paused', 'von vorne', BuiltIn.StartOver],
  ['de-DE', 'help.paused', 'stopp', BuiltIn.Stop],
  ['de-DE', 'leaveOut.gentle', 'sanfter Modus', Intent.FlareOn],
  [
    'de-DE',
    'breathingInvalid',
    'vier Sekunden einatmen und sechs Sekunden ausatmen',
    Intent.SetBreathing,
  ],
  ['de-DE', 'error.prompt', 'Hilfe', BuiltIn.Help],
  ['es-ES', 'help.idle', 'empieza la rutina matutina en la cama', Intent.StartRoutine],
  ['es-ES', 'help.idle', 'qué rutinas hay', Intent.ListRoutines],
  ['es-ES', 'help.idle', 'qué toca hoy', Intent.TodayPlan],
  ['es-ES', 'help.idle', 'cómo voy', Intent.Progress],
  ['es-MX', 'help.active', 'siguiente', BuiltIn.Next],
  ['es-MX', 'help.active', 'repite', BuiltIn.Repeat],
  ['es-MX', 'help.active', 'salta', Intent.Skip],
  ['es-MX', 'help.active', 'atrás', BuiltIn.Previous],
  ['es-MX', 'help.active', 'pausa', BuiltIn.Pause],
  ['es-MX', 'help.active', 'más despacio', Intent.SetPace],
  ['es-MX', 'help.active', 'aguantar más', Intent.SetHoldLength],
  ['es-MX', 'help.active', 'cuánto falta', Intent.TimeLeft],
  ['es-MX', 'help.active', 'me duele', Intent.Pain],
  ['es-US', 'help.paused', 'continuar', BuiltIn.Resume],
  ['es-US', 'help.paused', 'empezar de nuevo', BuiltIn.StartOver],
  ['es-US', 'help.paused', 'terminar', BuiltIn.Stop],
  ['es-US', 'leaveOut.gentle', 'modo suave', Intent.FlareOn],
  ['es-US', 'breathingInvalid', 'inhala en cuatro y exhala en seis', Intent.SetBreathing],
  ['es-US', 'error.prompt', 'ayuda', BuiltIn.Help],
];

describe.each(cases)('%s %s: "%s"', (locale, key, phrase, intent) => {
  it(`is in the line and reaches ${intent}`, () => {
    expect(translatorFor(locale)(key).toLowerCase()).toContain(phrase.toLowerCase());
    // Alexa hands AMAZON.NUMBER digits; the console matcher only parses English number words.
    const said = phrase.replace(/\b(vier|cuatro)\b/, '4').replace(/\b(sechs|seis)\b/, '6');
    expect(matcherFor(locale).match(said).intent).toBe(intent);
  });
});

describe('names that open a Spanish sentence', () => {
  it('are written with a capital', () => {
    const t = translatorFor('es-ES');
    expect(t('done.exercise', { name: 'gato vaca' })).toBe('¡Hecho! Gato vaca. Muy bien.');
  });
});
