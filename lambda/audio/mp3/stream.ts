/**
 * An MP3 file as a list of self-contained frames. Layer III frames borrow: a frame's main
 * data may begin in earlier frames (the bit reservoir, main_data_begin bytes back). Here each
 * frame gets its own main data bytes cut out of the reservoir, so frames can then be dropped,
 * moved and laid out again (./pack.ts) without a frame ever reading another frame's bytes.
 */
import {
  id3v2Length,
  readHeader,
  readSideInfo,
  sideInfoBytes,
  type FrameHeader,
  type Granule,
} from './frames';

/** One frame, owning its main data. */
export interface Mp3Frame {
  header: FrameHeader;
  /** The side info as read; pack.ts rewrites only its main_data_begin. */
  side: Buffer;
  granules: Granule[];
  /** This frame's main data: ceil(sum of part2_3_length / 8) bytes. */
  data: Buffer;
}

/** The LAME/Xing "Info" frame (or Fraunhofer's VBRI) that carries a tag, not audio. */
function isTagFrame(buf: Buffer, at: number, h: FrameHeader): boolean {
  const side = at + 4 + (h.crc ? 2 : 0) + sideInfoBytes(h);
  const tag = buf.toString('latin1', side, side + 4);
  return tag === 'Xing' || tag === 'Info' || buf.toString('latin1', at + 36, at + 40) === 'VBRI';
}

/** Finds the frames: after ID3v2 tags, from the first header two frames in a row confirm. */
function frameOffsets(buf: Buffer): number[] {
  let at = id3v2Length(buf);
  for (; at + 4 <= buf.length; at++) {
    const h = readHeader(buf, at);
    if (h && (at + h.length === buf.length || readHeader(buf, at + h.length))) break;
  }
  const offsets: number[] = [];
  for (let h = readHeader(buf, at); h && at + h.length <= buf.length; h = readHeader(buf, at)) {
    offsets.push(at);
    at += h.length;
  }
  return offsets;
}

export function parseMp3(buf: Buffer): Mp3Frame[] {
  const offsets = frameOffsets(buf);
  if (offsets.length > 0 && isTagFrame(buf, offsets[0], readHeader(buf, offsets[0])!)) {
    offsets.shift();
  }
  // The reservoir: every frame's main data area, end to end.
  const areas: Buffer[] = [];
  const parsed = offsets.map((at) => {
    const header = readHeader(buf, at)!;
    const sideStart = at + 4 + (header.crc ? 2 : 0);
    const side = buf.subarray(sideStart, sideStart + sideInfoBytes(header));
    areas.push(buf.subarray(sideStart + side.length, at + header.length));
    return { header, side, ...readSideInfo(header, side) };
  });
  const reservoir = Buffer.concat(areas);
  let areaStart = 0;
  return parsed.map((p, i) => {
    const bits = p.granules.reduce((sum, g) => sum + g.part23Length, 0);
    const start = areaStart - p.mainDataBegin;
    const end = start + Math.ceil(bits / 8);
    areaStart += areas[i].length;
    // Data from before the file (a cut stream) or past its end can't be decoded: silence.
    const whole = start >= 0 && end <= reservoir.length;
    const granules = whole ? p.granules : p.granules.map((g) => ({ ...g, part23Length: 0 }));
    const data = whole ? Buffer.from(reservoir.subarray(start, end)) : Buffer.alloc(0);
    const side = whole ? Buffer.from(p.side) : Buffer.alloc(p.side.length);
    return { header: p.header, side, granules, data };
  });
}
