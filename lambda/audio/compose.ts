/**
 * A part's timeline to MP3: each phrase is spoken once by the engine and measured from its
 * frames, the narration is planned again with those measured lengths (so every silence is
 * sized for the real sound), and the phrases' frames are spliced onto the plan (mp3/splice).
 * A hold in the file is then the hold in the plan, to a frame (24 ms at 24 kHz).
 */
import type { Segment } from '../narration/types';
import type { PhraseStyle, SpeechEngine } from './engine';
import { mp3Phrase, type Mp3Phrase } from './mp3/phrase';
import { splice, type SplicedPart } from './mp3/splice';

/** The phrases an engine has said, parsed; shared by every part of a process. */
export class PhraseCache {
  private readonly phrases = new Map<string, Mp3Phrase>();
  private readonly lengthsByStyle = new Map<string, Map<string, number>>();

  constructor(
    private readonly engine: SpeechEngine,
    // Enough for every phrase of a locale's routines (about 640 per locale), so prerender says each
    // once; a parsed MP3 phrase is a few tens of kB.
    private readonly maxPhrases = 1500,
  ) {}

  private id(style: PhraseStyle): string {
    return `${this.engine.voiceFor(style)}@${style.rate}`;
  }

  /** Measured seconds per phrase for this style (grows as phrases are spoken). */
  lengths(style: PhraseStyle): Map<string, number> {
    const id = this.id(style);
    let map = this.lengthsByStyle.get(id);
    if (!map) this.lengthsByStyle.set(id, (map = new Map()));
    return map;
  }

  async phrase(text: string, style: PhraseStyle): Promise<Mp3Phrase> {
    const id = `${this.id(style)}|${text}`;
    let phrase = this.phrases.get(id);
    if (!phrase) {
      phrase = mp3Phrase(await this.engine.speak(text, style));
      if (this.phrases.size >= this.maxPhrases)
        this.phrases.delete(this.phrases.keys().next().value!);
      this.phrases.set(id, phrase);
    }
    this.lengths(style).set(text, phrase.seconds);
    return phrase;
  }

  async speakAll(texts: readonly string[], style: PhraseStyle, parallel = 4): Promise<void> {
    const queue = [...texts];
    const worker = async () => {
      for (let t = queue.shift(); t !== undefined; t = queue.shift()) await this.phrase(t, style);
    };
    await Promise.all(Array.from({ length: parallel }, worker));
  }
}

/**
 * Plans with measured lengths until every phrase said has been measured (a measured length
 * can change a filler or a merge, which says a new phrase; two or three rounds settle it).
 */
export async function measuredTimeline(
  plan: (lengths: ReadonlyMap<string, number>) => Segment[],
  cache: PhraseCache,
  style: PhraseStyle,
): Promise<Segment[]> {
  const lengths = cache.lengths(style);
  for (let round = 0; round < 6; round++) {
    const segments = plan(lengths);
    const missing = [
      ...new Set(
        segments.flatMap((s) => (s.kind === 'speech' && !lengths.has(s.text) ? [s.text] : [])),
      ),
    ];
    if (missing.length === 0) return segments;
    await cache.speakAll(missing, style);
  }
  throw new Error('hands-free audio: phrase lengths did not settle');
}

/** The part's MP3: every phrase's frames where the plan says its sound starts. */
export async function composeMp3(
  segments: readonly Segment[],
  cache: PhraseCache,
  style: PhraseStyle,
): Promise<SplicedPart> {
  const texts = [...new Set(segments.flatMap((s) => (s.kind === 'speech' ? [s.text] : [])))];
  const phrases = new Map<string, Mp3Phrase>();
  for (const text of texts) phrases.set(text, await cache.phrase(text, style));
  return splice(segments, (text) => phrases.get(text)!);
}
