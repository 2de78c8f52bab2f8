/** Mono 16-bit PCM in and out of WAV bytes: what espeak-ng writes and what tests measure. */

export function parseWav(buf: Buffer): { rate: number; samples: Int16Array } {
  let at = 12;
  let rate = 22050;
  while (at + 8 <= buf.length) {
    const id = buf.toString('ascii', at, at + 4);
    const size = buf.readUInt32LE(at + 4);
    if (id === 'fmt ') rate = buf.readUInt32LE(at + 12);
    if (id === 'data') {
      // espeak-ng writes 0xFFFFFFFF as the size when streaming; trust the buffer's length then.
      const len = Math.min(size, buf.length - at - 8);
      const bytes = buf.subarray(at + 8, at + 8 + len - (len % 2));
      const copy = Buffer.from(bytes);
      return { rate, samples: new Int16Array(copy.buffer, copy.byteOffset, copy.length / 2) };
    }
    at += 8 + size + (size % 2);
  }
  throw new Error('WAV without a data chunk');
}

export function toWav(samples: Int16Array, rate: number): Buffer {
  const header = Buffer.alloc(44);
  const bytes = samples.byteLength;
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + bytes, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(bytes, 40);
  return Buffer.concat([header, Buffer.from(samples.buffer, samples.byteOffset, bytes)]);
}
