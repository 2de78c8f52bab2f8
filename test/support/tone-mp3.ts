/**
 * Made-up MP3 for tests that need an engine's output but no real sound (dialog tests, the
 * mocked Polly): valid Layer III frames (MPEG-2, 24 kHz, mono, 48 kbps, as Polly and the local
 * engine return), silent frames around "sounding" ones that spend bits at a speech-like gain.
 * Their Huffman bytes are zeros: the splicer never decodes, so the sound itself doesn't matter.
 */
const FrameBytes = 144; // 48 kbps at 24 kHz: 72 * 48000 / 24000
const SideBytes = 9;

function writeBits(buf: Buffer, bit: number, n: number, value: number): void {
  for (let i = 0; i < n; i++) {
    const b = bit + i;
    if ((value >> (n - 1 - i)) & 1) buf[b >> 3] |= 0x80 >> (b & 7);
  }
}

function frame(sounding: boolean): Buffer {
  const f = Buffer.alloc(FrameBytes);
  f.set([0xff, 0xf3, 0x64, 0xc4]); // MPEG-2 Layer III, no CRC, 48 kbps, 24 kHz, mono
  if (sounding) {
    const side = f.subarray(4, 4 + SideBytes);
    writeBits(side, 9, 12, 8 * 100); // part2_3_length: 100 bytes of main data
    writeBits(side, 30, 8, 180); // global_gain
  }
  return f;
}

/** About `seconds` of "sound" with a tenth of a second of silence either side. */
export function toneMp3(seconds: number): Buffer {
  const sounding = Math.max(1, Math.round(seconds / 0.024));
  const silent = () => Array.from({ length: 4 }, () => frame(false));
  return Buffer.concat([
    ...silent(),
    ...Array.from({ length: sounding }, () => frame(true)),
    ...silent(),
  ]);
}
