/**
 * MPEG audio Layer III frames, read without decoding: the header (version, rate, bitrate,
 * channels, length) and the side info fields that say how many bits each granule spends and
 * at what gain. Enough to cut, move and re-lay frames; nothing here touches the Huffman data.
 * ISO/IEC 11172-3 (MPEG-1) and 13818-3 (MPEG-2, 2.5: the low sample rates Polly uses).
 */

/** 1 = MPEG-1, 2 = MPEG-2, 2.5 = MPEG-2.5. */
export type MpegVersion = 1 | 2 | 2.5;

/** What every frame of one stream shares. */
export interface Mp3Format {
  version: MpegVersion;
  sampleRate: number;
  mono: boolean;
}

export interface FrameHeader extends Mp3Format {
  /** kbit/s */
  bitrate: number;
  bitrateIndex: number;
  padding: boolean;
  crc: boolean;
  /** Whole frame, header included. */
  length: number;
  /** The header's last byte (channel mode, mode extension, flags): copied as it is. */
  modeByte: number;
}

/** One granule of one channel, as far as cutting needs it. */
export interface Granule {
  /** Bits of main data (scale factors and Huffman codes). 0 decodes as silence. */
  part23Length: number;
  /** Quantiser step: rises with the loudness the granule carries. */
  globalGain: number;
}

const Bitrates: Record<'v1' | 'v2', number[]> = {
  v1: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  v2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const Mpeg1Rates = [44100, 48000, 32000];
/** MPEG-2 halves MPEG-1's sample rates, MPEG-2.5 quarters them (same index in the header). */
const rateDivisor = (v: MpegVersion) => (v === 1 ? 1 : v === 2 ? 2 : 4);

/** The header's sample rate index for a format, or -1 where the version has no such rate. */
export const sampleRateIndex = (f: Mp3Format) =>
  Mpeg1Rates.indexOf(f.sampleRate * rateDivisor(f.version));

export const samplesPerFrame = (f: Mp3Format) => (f.version === 1 ? 1152 : 576);
export const granulesPerFrame = (f: Mp3Format) => (f.version === 1 ? 2 : 1);
export const sideInfoBytes = (f: Mp3Format) =>
  f.version === 1 ? (f.mono ? 17 : 32) : f.mono ? 9 : 17;
/** The farthest back (bytes) main data may begin: 9 bits in MPEG-1, 8 in MPEG-2. */
export const maxBackstep = (f: Mp3Format) => (f.version === 1 ? 511 : 255);
export const frameSeconds = (f: Mp3Format) => samplesPerFrame(f) / f.sampleRate;

export function bitrateTable(version: MpegVersion): number[] {
  return version === 1 ? Bitrates.v1 : Bitrates.v2;
}

/** Bytes of a frame at this bitrate, padding aside (fractional for the 44.1 kHz family). */
export function exactFrameBytes(f: Mp3Format, kbps: number): number {
  return ((samplesPerFrame(f) / 8) * kbps * 1000) / f.sampleRate;
}

/** The header at `at`, or undefined where there is no Layer III frame header. */
export function readHeader(buf: Buffer, at: number): FrameHeader | undefined {
  if (at + 4 > buf.length || buf[at] !== 0xff || (buf[at + 1] & 0xe0) !== 0xe0) return undefined;
  const versionBits = (buf[at + 1] >> 3) & 3;
  const layerBits = (buf[at + 1] >> 1) & 3;
  if (versionBits === 1 || layerBits !== 1) return undefined;
  const version: MpegVersion = versionBits === 3 ? 1 : versionBits === 2 ? 2 : 2.5;
  const bitrateIndex = buf[at + 2] >> 4;
  const rateIndex = (buf[at + 2] >> 2) & 3;
  if (bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) return undefined;
  const bitrate = bitrateTable(version)[bitrateIndex];
  const sampleRate = Mpeg1Rates[rateIndex] / rateDivisor(version);
  const padding = ((buf[at + 2] >> 1) & 1) === 1;
  const format = { version, sampleRate, mono: buf[at + 3] >> 6 === 3 };
  const length = Math.floor(exactFrameBytes(format, bitrate)) + (padding ? 1 : 0);
  const crc = (buf[at + 1] & 1) === 0;
  return { ...format, bitrate, bitrateIndex, padding, crc, length, modeByte: buf[at + 3] };
}

/** Reads fields of up to 32 bits, most significant bit first. */
export class BitReader {
  private bit = 0;
  constructor(private readonly bytes: Uint8Array) {}

  read(n: number): number {
    let v = 0;
    for (let i = 0; i < n; i++, this.bit++) {
      v = v * 2 + ((this.bytes[this.bit >> 3] >> (7 - (this.bit & 7))) & 1);
    }
    return v;
  }
}

/** main_data_begin and each granule's bit count and gain, from the side info bytes. */
export function readSideInfo(
  f: Mp3Format,
  side: Uint8Array,
): { mainDataBegin: number; granules: Granule[] } {
  const r = new BitReader(side);
  const v1 = f.version === 1;
  const channels = f.mono ? 1 : 2;
  const mainDataBegin = r.read(v1 ? 9 : 8);
  r.read(v1 ? (f.mono ? 5 : 3) + 4 * channels : f.mono ? 1 : 2); // private bits, scfsi
  const granules: Granule[] = [];
  for (let g = 0; g < granulesPerFrame(f); g++) {
    for (let c = 0; c < channels; c++) {
      const part23Length = r.read(12);
      r.read(9); // big_values
      const globalGain = r.read(8);
      r.read(v1 ? 4 : 9); // scalefac_compress
      r.read(1 + 22); // window switching flag and the 22 bits that follow either way
      r.read(v1 ? 3 : 2); // (preflag), scalefac_scale, count1table_select
      granules.push({ part23Length, globalGain });
    }
  }
  return { mainDataBegin, granules };
}

/** Bytes of ID3v2 tags at the start (Polly and LAME may write none, one, or a padded one). */
export function id3v2Length(buf: Buffer): number {
  let at = 0;
  while (buf.length >= at + 10 && buf.toString('latin1', at, at + 3) === 'ID3') {
    const size = ((buf[at + 6] & 0x7f) << 21) | ((buf[at + 7] & 0x7f) << 14);
    const body = size | ((buf[at + 8] & 0x7f) << 7) | (buf[at + 9] & 0x7f);
    at += 10 + body + (buf[at + 5] & 0x10 ? 10 : 0);
  }
  return at;
}
