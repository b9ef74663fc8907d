/**
 * The entries a zip file declares in its central directory, read without inflating anything: how
 * many there are and how large each says it becomes. Zip64 sizes and counts are read too. Returns
 * null when the bytes have no readable central directory (not a zip, or cut short).
 */
export interface ZipEntry {
  name: string;
  /** The uncompressed size the directory declares; the real size is counted while inflating. */
  declaredSize: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const ZIP64_EXTRA = 0x0001;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const MAX_EOCD_SEARCH = 22 + 0xffff;

function findEndRecord(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - MAX_EOCD_SEARCH; at -= 1) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

/** A 64-bit little-endian size; beyond 2^53 it is simply enormous, which is all a limit needs. */
function uint64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
}

interface Directory {
  count: number;
  offset: number;
}

function directoryOf(view: DataView, end: number): Directory | null {
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || view.getUint32(locator, true) !== EOCD64_LOCATOR) return null;
    const record = uint64(view, locator + 8);
    if (record + 56 > view.byteLength || view.getUint32(record, true) !== EOCD64) return null;
    count = uint64(view, record + 32);
    offset = uint64(view, record + 48);
  }
  return offset <= view.byteLength ? { count, offset } : null;
}

/** The zip64 extra field starts with the uncompressed size when the header marked it 0xFFFFFFFF. */
function zip64Size(view: DataView, extraStart: number, extraEnd: number): number | null {
  for (let at = extraStart; at + 4 <= extraEnd;) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) return at + 12 <= extraEnd ? uint64(view, at + 4) : null;
    at += 4 + length;
  }
  return null;
}

export function readZipDirectory(bytes: Uint8Array, maxEntries: number): { entries: ZipEntry[]; declaredCount: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.byteLength < 22) return null;
  const end = findEndRecord(view);
  if (end < 0) return null;
  const directory = directoryOf(view, end);
  if (!directory) return null;
  // Too many entries is refused by the caller; reading them all first would be the slow part.
  if (directory.count > maxEntries) return { entries: [], declaredCount: directory.count };
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let at = directory.offset;
  for (let index = 0; index < directory.count; index += 1) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_HEADER) return null;
    const size32 = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameStart = at + 46;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > view.byteLength) return null;
    const declaredSize = size32 === 0xffffffff ? zip64Size(view, extraStart, extraStart + extraLength) : size32;
    if (declaredSize === null) return null;
    entries.push({ name: decoder.decode(bytes.subarray(nameStart, extraStart)), declaredSize });
    at = next;
  }
  return { entries, declaredCount: directory.count };
}
