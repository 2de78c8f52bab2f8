import { ssmlToText } from '../../tools/lib/ssml-text';

describe('SSML as readable text', () => {
  it.each([
    ['<speak>Lie on your back.</speak>', 'Lie on your back.'],
    ['<speak>Hold. <break time="10s"/> Relax.</speak>', 'Hold. [pause 10s] Relax.'],
    [
      '<speak>Hold. <break time="10s"/><break time="2500ms"/> Relax.</speak>',
      'Hold. [pause 12.5s] Relax.',
    ],
    [
      '<speak>Slow &amp; steady &lt;3 &quot;ok&quot; &#8212;</speak>',
      'Slow & steady <3 "ok" \u2014',
    ],
    [
      '<speak><amazon:effect name="whispered">breathe in</amazon:effect> and out</speak>',
      '[whisper] breathe in [/whisper] and out',
    ],
    ['<speak>Try <sub alias="cat cow">Cat-cow</sub> now</speak>', 'Try cat cow now'],
    ['<speak><p>One.</p><p>Two.</p></speak>', 'One. Two.'],
    [
      '<speak><prosody rate="90%">Gently</prosody> <emphasis level="moderate">now</emphasis></speak>',
      'Gently now',
    ],
    ['<speak>Music <audio src="https://example.com/a.mp3"/> then</speak>', 'Music [audio] then'],
    ['plain text, no tags', 'plain text, no tags'],
  ])('%s', (ssml, text) => {
    expect(ssmlToText(ssml)).toBe(text);
  });
});
