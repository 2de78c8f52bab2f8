/** Durations as words from the phrasebook: "30 seconds", "one minute", "2 minutes and 15 seconds". */
import type { Phrasebook } from './types';

export function sayDuration(phrases: Phrasebook, seconds: number): string {
  const s = Math.round(seconds);
  const [m, r] = [Math.floor(s / 60), s % 60];
  if (m === 0) return phrases(s === 1 ? 'duration.oneSecond' : 'duration.seconds', { n: s });
  const minutes = phrases(m === 1 ? 'duration.oneMinute' : 'duration.minutes', { n: m });
  return r === 0 ? minutes : phrases('duration.minutesAndSeconds', { minutes, n: r });
}
