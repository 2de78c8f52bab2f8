/**
 * What Amazon's built-in intents already understand without samples in the model (a small,
 * common subset). The matcher uses these only for built-ins the model declares, after the
 * model's own samples, so a phrase the model gives a custom intent keeps going there.
 *
 * English, German and Spanish together: each language's model only declares built-ins, so
 * a German phrase typed into an English session is as harmless as it would be on an Echo.
 */
const en: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.YesIntent': [
    'yes',
    'yeah',
    'yep',
    'yup',
    'sure',
    'ok',
    'okay',
    'yes please',
    'sounds good',
    'alright',
    'all right',
    'of course',
    'go ahead',
    'please do',
    'why not',
  ],
  'AMAZON.NoIntent': ['no', 'nope', 'nah', 'no thanks', 'no thank you', 'not now', 'not really'],
  'AMAZON.NextIntent': ['next', 'next one', 'next please', 'go next', 'move on', 'next step'],
  'AMAZON.PreviousIntent': ['previous', 'back', 'go back'],
  'AMAZON.RepeatIntent': ['repeat', 'repeat that', 'say again', 'repeat please'],
  'AMAZON.PauseIntent': ['pause', 'pause it', 'wait'],
  'AMAZON.ResumeIntent': ['resume', 'continue', 'unpause'],
  'AMAZON.StartOverIntent': ['start over', 'restart', 'start again', 'begin again'],
  'AMAZON.HelpIntent': ['help', 'help me', 'can you help me', 'i need help', 'help please'],
  'AMAZON.StopIntent': ['stop', 'off', 'shut up', 'stop it', 'be quiet', 'quit', 'exit'],
  'AMAZON.CancelIntent': ['cancel', 'never mind', 'forget it', 'cancel that'],
  'AMAZON.NavigateHomeIntent': ['home', 'go home', 'navigate home', 'go to home'],
};

const de: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.YesIntent': [
    'ja',
    'ja bitte',
    'jawohl',
    'klar',
    'na klar',
    'gerne',
    'gern',
    'okay',
    'ok',
    'in ordnung',
    'genau',
    'auf jeden fall',
    'mach das',
    'einverstanden',
  ],
  'AMAZON.NoIntent': ['nein', 'nein danke', 'nee', 'jetzt nicht', 'lieber nicht', 'eher nicht'],
  'AMAZON.NextIntent': [
    'weiter',
    'nächste',
    'nächster',
    'nächstes',
    'die nächste',
    'nächste übung',
    'weiter bitte',
  ],
  'AMAZON.PreviousIntent': ['zurück', 'vorherige', 'geh zurück'],
  'AMAZON.RepeatIntent': ['wiederholen', 'wiederhole', 'wiederhol das', 'noch mal', 'nochmal'],
  'AMAZON.PauseIntent': ['pause', 'pausieren', 'warte', 'anhalten'],
  'AMAZON.ResumeIntent': ['fortsetzen', 'weiter machen', 'setz fort'],
  'AMAZON.StartOverIntent': ['von vorne', 'neu starten', 'noch mal von vorne', 'neu anfangen'],
  'AMAZON.HelpIntent': ['hilfe', 'hilf mir', 'ich brauche hilfe', 'kannst du mir helfen'],
  'AMAZON.StopIntent': [
    'stopp',
    'stop',
    'aufhören',
    'hör auf',
    'beenden',
    'schluss',
    'ende',
    'sei still',
  ],
  'AMAZON.CancelIntent': ['abbrechen', 'vergiss es', 'egal', 'brich ab'],
  'AMAZON.NavigateHomeIntent': ['startseite', 'zur startseite', 'geh zur startseite'],
};

const es: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.YesIntent': [
    'sí',
    'si',
    'sí por favor',
    'claro',
    'claro que sí',
    'vale',
    'va',
    'sale',
    'de acuerdo',
    'por supuesto',
    'perfecto',
    'venga',
    'bueno',
    'dale',
  ],
  'AMAZON.NoIntent': ['no', 'no gracias', 'ahora no', 'mejor no', 'para nada'],
  'AMAZON.NextIntent': [
    'siguiente',
    'el siguiente',
    'la siguiente',
    'próximo',
    'siguiente ejercicio',
    'adelante',
  ],
  'AMAZON.PreviousIntent': ['atrás', 'anterior', 'vuelve atrás', 've atrás'],
  'AMAZON.RepeatIntent': ['repite', 'repítelo', 'repetir', 'otra vez', 'repite eso'],
  'AMAZON.PauseIntent': ['pausa', 'pausar', 'espera', 'pon pausa'],
  'AMAZON.ResumeIntent': ['continúa', 'continua', 'reanuda', 'reanudar', 'seguir'],
  'AMAZON.StartOverIntent': [
    'empieza de nuevo',
    'vuelve a empezar',
    'desde el principio',
    'reinicia',
  ],
  'AMAZON.HelpIntent': ['ayuda', 'ayúdame', 'necesito ayuda', 'me ayudas'],
  'AMAZON.StopIntent': ['para', 'detente', 'basta', 'salir', 'sal', 'stop', 'cállate'],
  'AMAZON.CancelIntent': ['cancela', 'cancelar', 'olvídalo', 'déjalo'],
  'AMAZON.NavigateHomeIntent': ['inicio', 'ir al inicio', 'pantalla de inicio'],
};

/** Built-in intent -> the phrases it understands, in every language. */
export const builtInPhrases: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.keys(en).map((name) => [name, [...en[name], ...de[name], ...es[name]]]),
);
