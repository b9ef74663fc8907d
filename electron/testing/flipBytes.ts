export type FlipRegion = 'header' | 'pages' | 'wal';

const PAGE = 4096;
const WAL_HEADER = 32;
const FRAME = 24 + PAGE;

/**
 * Test support: damages a database or WAL image in place the way a bad disk sector or a torn copy
 * does: a few bytes in the 100-byte header, in one or two b-tree pages, or in one WAL frame.
 */
export function flipBytes(image: Buffer, region: FlipRegion, random: () => number): void {
  const pick = (from: number, to: number) => from + Math.floor(random() * Math.max(1, to - from));
  const flip = (at: number) => {
    if (at < image.length) image[at] ^= 1 + Math.floor(random() * 255);
  };
  if (region === 'header') {
    for (let n = 1 + Math.floor(random() * 3); n > 0; n--) flip(pick(0, 100));
  } else if (region === 'pages') {
    const pages = Math.max(1, Math.floor(image.length / PAGE));
    for (let n = 1 + Math.floor(random() * 2); n > 0; n--) {
      const page = pick(0, pages);
      for (let k = 1 + Math.floor(random() * 8); k > 0; k--) flip(page * PAGE + pick(page === 0 ? 100 : 0, PAGE));
    }
  } else {
    const frames = Math.max(1, Math.floor((image.length - WAL_HEADER) / FRAME));
    const frame = WAL_HEADER + pick(0, frames) * FRAME;
    for (let k = 1 + Math.floor(random() * 8); k > 0; k--) flip(pick(frame, frame + FRAME));
  }
}

/** A stretch of a database image, [from, to), where damage is aimed. */
export interface ByteRange {
  from: number;
  to: number;
}

/**
 * Flips `count` bytes, each at a seeded offset: drawn from `ranges` (weighted by their length) when
 * given, else from the whole image. Returns the offsets flipped.
 */
export function flipBytesAt(image: Buffer, count: number, random: () => number, ranges: readonly ByteRange[] = [{ from: 0, to: image.length }]): number[] {
  const total = ranges.reduce((sum, range) => sum + (range.to - range.from), 0);
  const offsets: number[] = [];
  for (let n = 0; n < count; n++) {
    let pick = Math.floor(random() * total);
    const range = ranges.find((candidate) => (pick < candidate.to - candidate.from ? true : ((pick -= candidate.to - candidate.from), false)))!;
    const at = range.from + pick;
    image[at] ^= 1 + Math.floor(random() * 255);
    offsets.push(at);
  }
  return offsets;
}
