/**
 * What Amazon's built-in intents already understand without samples in the model (a small,
 * common subset). The matcher uses these only for built-ins the model declares, after the
 * model's own samples, so a phrase the model gives a custom intent keeps going there.
 */
export const builtInPhrases: Readonly<Record<string, readonly string[]>> = {
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
