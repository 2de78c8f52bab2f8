/**
 * One phrase's samples to MP3 with LAME, shaped like Polly's MP3: MPEG-2 Layer III, 24 kHz,
 * mono, constant 48 kbps (inside AudioPlayer's 16-384 kbps; a ten-minute part is 3.5 MB).
 * Only the local engine uses it: on Lambda, Polly returns MP3 and nothing is encoded.
 */
import { spawn } from 'node:child_process';
import { SpeechSampleRate } from './engine';

export const LameKbps = 48;

export function lameMp3(samples: Int16Array, sampleRate: number): Promise<Buffer> {
  const args = ['-r', '-s', String(sampleRate / 1000), '--bitwidth', '16', '--signed'];
  args.push('--little-endian', '-m', 'm', '--resample', String(SpeechSampleRate / 1000));
  args.push('-b', String(LameKbps), '--cbr', '--quiet', '-', '-');
  return new Promise((resolve, reject) => {
    const lame = spawn('lame', args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    lame.stdout.on('data', (d: Buffer) => out.push(d));
    lame.stderr.on('data', (d: Buffer) => err.push(d));
    lame.on('error', (e) =>
      reject(new Error(`lame could not start (apt-get install lame): ${e.message}`)),
    );
    lame.on('close', (code) =>
      code === 0
        ? resolve(Buffer.concat(out))
        : reject(new Error(`lame failed (${code}): ${Buffer.concat(err).toString()}`)),
    );
    lame.stdin.end(Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength));
  });
}
