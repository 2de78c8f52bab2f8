/**
 * Lays self-contained frames (./stream.ts) out as one constant-bitrate stream: every frame the
 * same bitrate, sample rate and channel mode, so a player can seek by byte (AudioPlayer's
 * offsetInMilliseconds on resume). Each frame's main data goes as early as the bit reservoir
 * allows (main_data_begin bytes back, into the room silence leaves), and must end inside its
 * own frame. A frame that can't fit is refused, so the caller can move it a frame later.
 */
import {
  bitrateTable,
  exactFrameBytes,
  maxBackstep,
  sampleRateIndex,
  sideInfoBytes,
  type Mp3Format,
} from './frames';
import type { Mp3Frame } from './stream';

/** Where a packer was: roll back to it when a phrase doesn't fit. */
export interface PackMark {
  frames: number;
  dataEnd: number;
  areaEnd: number;
}

const VersionBits = { 1: 3, 2: 2, 2.5: 0 } as const;

export class Mp3Packer {
  private readonly out: Buffer[] = [];
  /** Reservoir position of each frame's main data area. */
  private readonly areaStarts: number[] = [];
  private dataEnd = 0;
  private areaEnd = 0;
  private readonly header: Buffer;
  private readonly sideBytes: number;
  private readonly exact: number;

  constructor(
    readonly format: Mp3Format,
    readonly kbps: number,
  ) {
    const bitrateIndex = bitrateTable(format.version).indexOf(kbps);
    const rateIndex = sampleRateIndex(format);
    if (bitrateIndex < 1 || rateIndex < 0) {
      throw new Error(`no MPEG-${format.version} frame at ${kbps} kbps, ${format.sampleRate} Hz`);
    }
    // Layer III, no CRC; mono or (joint) stereo as the source frames say (their mode byte).
    this.header = Buffer.from([
      0xff,
      0xe0 | (VersionBits[format.version] << 3) | (1 << 1) | 1,
      (bitrateIndex << 4) | (rateIndex << 2),
      format.mono ? 0xc4 : 0x44,
    ]);
    this.sideBytes = sideInfoBytes(format);
    this.exact = exactFrameBytes(format, kbps);
  }

  get frames(): number {
    return this.out.length;
  }

  mark(): PackMark {
    return { frames: this.out.length, dataEnd: this.dataEnd, areaEnd: this.areaEnd };
  }

  /** Forgets frames pushed since the mark (bytes left in earlier areas are never read). */
  rollback(m: PackMark): void {
    this.out.length = m.frames;
    this.areaStarts.length = m.frames;
    this.dataEnd = m.dataEnd;
    this.areaEnd = m.areaEnd;
  }

  /** A frame that decodes as silence: side info all zero, no main data. */
  silence(): void {
    this.push(undefined);
  }

  /** Appends a frame; false, with nothing appended, when its main data can't fit here. */
  push(frame: Mp3Frame | undefined): boolean {
    const i = this.out.length;
    // Padding spreads the fractional byte of the 44.1 kHz family, as encoders do.
    const pad =
      Math.floor((i + 1) * this.exact) - Math.floor(i * this.exact) > Math.floor(this.exact);
    const length = Math.floor(this.exact) + (pad ? 1 : 0);
    const areaStart = this.areaEnd;
    const areaEnd = areaStart + length - 4 - this.sideBytes;
    const data = frame?.data ?? Buffer.alloc(0);
    const start = data.length ? Math.max(this.dataEnd, areaStart - maxBackstep(this.format)) : 0;
    if (data.length && start + data.length > areaEnd) return false;

    const bytes = Buffer.alloc(length);
    this.header.copy(bytes);
    if (pad) bytes[2] |= 2;
    if (frame) bytes[3] = frame.header.modeByte;
    if (frame) frame.side.copy(bytes, 4);
    writeMainDataBegin(bytes.subarray(4), this.format, data.length ? areaStart - start : 0);
    this.out.push(bytes);
    this.areaStarts.push(areaStart);
    this.areaEnd = areaEnd;
    if (data.length) {
      this.write(data, start);
      this.dataEnd = start + data.length;
    }
    return true;
  }

  bytes(): Buffer {
    return Buffer.concat(this.out);
  }

  /** Copies main data into the areas of the frames that hold reservoir positions [at, ...). */
  private write(data: Buffer, at: number): void {
    let f = this.out.length - 1;
    while (this.areaStarts[f] > at) f--;
    for (let done = 0; done < data.length; f++) {
      const areaOffset = 4 + this.sideBytes;
      const into = at + done - this.areaStarts[f];
      const room = this.out[f].length - areaOffset - into;
      const n = Math.min(room, data.length - done);
      data.copy(this.out[f], areaOffset + into, done, done + n);
      done += n;
    }
  }
}

function writeMainDataBegin(side: Buffer, f: Mp3Format, value: number): void {
  if (f.version !== 1) {
    side[0] = value;
    return;
  }
  side[0] = value >> 1;
  side[1] = (side[1] & 0x7f) | ((value & 1) << 7);
}
