import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * Writes zip files byte by byte for the hostile corpus, including ones no office program writes:
 * entries that inflate to gigabytes from a few MB (each repeated piece deflated once and its
 * compressed form repeated) and entries whose directory understates their size. For tests only.
 */
export interface ZipPiece {
  data: string | Buffer;
  /** How many times the piece follows itself; a bomb repeats one small piece thousands of times. */
  times?: number;
}

export interface ZipEntrySpec {
  name: string;
  pieces: ZipPiece[];
  /** The uncompressed size written in the headers; by default the real one. A lying bomb writes less. */
  declaredSize?: number;
}

interface BuiltEntry {
  name: Buffer;
  compressed: Buffer[];
  crc: number;
  size: number;
  compressedSize: number;
}

function buildEntry({ pieces }: ZipEntrySpec): Omit<BuiltEntry, 'name'> {
  const compressed: Buffer[] = [];
  let crc = 0;
  let size = 0;
  for (const piece of pieces) {
    const data = typeof piece.data === 'string' ? Buffer.from(piece.data, 'utf8') : piece.data;
    // A full flush ends the block on a byte boundary with the window reset, so its bytes can be repeated as they are.
    const block = deflateRawSync(data, { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
    const times = piece.times ?? 1;
    compressed.push(times === 1 ? block : Buffer.concat(Array.from({ length: times }, () => block)));
    for (let time = 0; time < times; time += 1) crc = crc32(data, crc);
    size += data.length * times;
  }
  compressed.push(deflateRawSync(Buffer.alloc(0)));
  return { compressed, crc, size, compressedSize: compressed.reduce((total, part) => total + part.length, 0) };
}

const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (5 << 5) | 26;

function localHeader(entry: BuiltEntry, declared: number): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(0x0800, 6);
  header.writeUInt16LE(8, 8);
  header.writeUInt16LE(DOS_TIME, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  header.writeUInt32LE(entry.crc >>> 0, 14);
  header.writeUInt32LE(entry.compressedSize, 18);
  header.writeUInt32LE(Math.min(declared, 0xffffffff), 22);
  header.writeUInt16LE(entry.name.length, 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, entry.name]);
}

function centralHeader(entry: BuiltEntry, declared: number, offset: number): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(0x0800, 8);
  header.writeUInt16LE(8, 10);
  header.writeUInt16LE(DOS_TIME, 12);
  header.writeUInt16LE(DOS_DATE, 14);
  header.writeUInt32LE(entry.crc >>> 0, 16);
  header.writeUInt32LE(entry.compressedSize, 20);
  header.writeUInt32LE(Math.min(declared, 0xffffffff), 24);
  header.writeUInt16LE(entry.name.length, 28);
  header.writeUInt32LE(offset, 42);
  return Buffer.concat([header, entry.name]);
}

export function writeZip(specs: readonly ZipEntrySpec[]): Buffer {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const spec of specs) {
    const entry: BuiltEntry = { name: Buffer.from(spec.name, 'utf8'), ...buildEntry(spec) };
    const declared = spec.declaredSize ?? entry.size;
    const header = localHeader(entry, declared);
    central.push(centralHeader(entry, declared, offset));
    out.push(header, ...entry.compressed);
    offset += header.length + entry.compressedSize;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(specs.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(specs.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, directory, end]);
}
