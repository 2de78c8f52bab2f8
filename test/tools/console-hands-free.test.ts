/**
 * The console as an Echo with an audio player: one utterance plays the whole bedside morning
 * routine (rendered with espeak-ng, served from the console's own server on 127.0.0.1, fetched
 * and played in fast-forward), and "pause" typed during playback stops it so that the next run
 * offers to carry on hands-free. Skipped, with a message, without espeak-ng, lame and ffmpeg.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { audioTools } from '../audio/support';

jest.setTimeout(180_000);
const root = path.join(__dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const maybe = audioTools ? describe : describe.skip;

function run(dataDir: string, input: string) {
  return spawnSync(tsx, ['tools/console.ts'], {
    cwd: root,
    input,
    env: { ...process.env, DATA_DIR: dataDir },
    encoding: 'utf8',
  });
}

/** Types `first`, then `later` once stdout shows `when`: a person speaking mid-playback. */
function runTyping(dataDir: string, first: string, when: RegExp, later: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['tools/console.ts'], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir },
    });
    let out = '';
    let typed = false;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!typed && when.test(out)) {
        typed = true;
        child.stdin.end(later);
      }
    });
    child.on('error', reject);
    child.on('close', () => resolve(out));
    child.stdin.write(first);
  });
}

maybe('console: hands-free', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'console-hands-free-'));

  it('plays every part of the bedside morning routine on one utterance, then the summary', () => {
    const result = run(
      dataDir,
      'open back stretch coach\nplay the bedside morning routine hands-free\n',
    );
    expect(result.status).toBe(0);
    expect(result.stdout).not.toMatch(/skill error|the skill failed|playback failed/);
    const parts = result.stdout.match(/♪ part \d: [^\n]*/g) ?? [];
    expect(parts.map((p) => /♪ part (\d)/.exec(p)![1])).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(parts[0]).toMatch(
      /warmth first, if you like .*http:\/\/127\.0\.0\.1:\d+\/audio\/[0-9a-f]+\.mp3/,
    );
    expect(result.stdout).toMatch(
      /A \(audio\): That's the bedside morning routine done: 6 exercises.*roll onto your side/,
    );
    expect(result.stdout.trim()).toMatch(/the routine is done\)/);
  });

  it('stops on a typed "pause", and the next run offers to carry on hands-free', async () => {
    const out = await runTyping(
      dataDir,
      'open back stretch coach\nplay the bedside morning routine hands-free\n',
      /♪ part 3/,
      'pause\n',
    );
    expect(out).toMatch(/U: pause\n\s+heard: AMAZON\.PauseIntent/);
    expect(out).toMatch(/■ stopped at \d+:\d\d of part 3/);
    expect(out).not.toMatch(/♪ part 4/);
    const again = run(dataDir, 'open back stretch coach\nyes\n');
    expect(again.stdout).toMatch(
      /paused the bedside morning routine hands-free at knee to chest rock/,
    );
    expect(again.stdout).toMatch(/♪ part 3: knee to chest rock \(\d:\d\d, from \d+:\d\d\)/);
    expect(again.stdout).toMatch(/the routine is done\)/);
  });

  it('lets a piped script wait with ":wait", so "pause" lands five minutes in', () => {
    const fresh = mkdtempSync(path.join(tmpdir(), 'console-hands-free-wait-'));
    const result = run(
      fresh,
      'open back stretch coach\nplay the bedside morning routine hands-free\n:wait 5:00\npause\n',
    );
    expect(result.status).toBe(0);
    // Where five minutes of audio end, from the lengths the console printed for each part.
    const seconds = (clock: string) => {
      const [m, s] = clock.split(':').map(Number);
      return m * 60 + s;
    };
    const lengths = [...result.stdout.matchAll(/♪ part \d: [^(]*\((\d+:\d\d)\)/g)].map((m) =>
      seconds(m[1]),
    );
    let part = 0;
    let before = 0;
    while (before + lengths[part] <= 300) before += lengths[part++];
    const stopped = /■ stopped at (\d+:\d\d) of part (\d)/.exec(result.stdout);
    expect(stopped?.[2]).toBe(String(part + 1));
    // The device plays in steps of ten seconds of audio.
    expect(Math.abs(seconds(stopped![1]) - (300 - before))).toBeLessThanOrEqual(10);
    expect(result.stdout).not.toMatch(/the routine is done\)/);
  });

  it('answers a :wait it cannot read with the form it takes', () => {
    const result = run(mkdtempSync(path.join(tmpdir(), 'console-wait-')), ':wait soon\n');
    expect(result.stdout).toMatch(/:wait takes m:ss or seconds, like :wait 4:30 \(not "soon"\)/);
  });
});
