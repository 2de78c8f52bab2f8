/**
 * Samples to MP3 with LAME: constant 48 kbps mono, inside AudioPlayer's 16-384 kbps, small
 * enough that a ten-minute routine is about 3.5 MB.
 */
import { spawn } from 'node:child_process';

export const Mp3Kbps = 48;

export function encodeMp3(samples: Int16Array, sampleRate: number): Promise<Buffer> {
  const args = ['-r', '-s', String(sampleRate / 1000), '--bitwidth', '16', '--signed'];
  args.push('--little-endian', '-m', 'm', '-b', String(Mp3Kbps), '--cbr', '--quiet', '-', '-');
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
