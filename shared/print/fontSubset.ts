/**
 * A TrueType (glyf) subsetter: keeps the glyphs of the given characters (and the parts composite
 * glyphs are built from), renumbered, with a fresh cmap and no layout tables. A letter's PDF then
 * carries fonts of a few hundred kB instead of whole CJK fonts, and Chromium embeds them as CID
 * TrueType fonts (it writes Type 3 for CFF outlines, which this refuses).
 */

interface Tables {
  view: DataView;
  bytes: Uint8Array;
  offsets: Map<string, { offset: number; length: number }>;
}

const KEPT_AS_IS = ['OS/2', 'name', 'gasp', 'cvt ', 'fpgm', 'prep'];

function readTables(bytes: Uint8Array): Tables {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const offsets = new Map<string, { offset: number; length: number }>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i += 1) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(...bytes.subarray(at, at + 4));
    offsets.set(tag, { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  for (const tag of ['head', 'hhea', 'maxp', 'hmtx', 'cmap', 'loca', 'glyf']) {
    if (!offsets.has(tag)) throw new Error(`not a TrueType font with glyf outlines: no ${tag} table`);
  }
  return { view, bytes, offsets };
}

function table(font: Tables, tag: string): { offset: number; length: number } {
  return font.offsets.get(tag)!;
}

/** The glyph of each character the font maps, from its Unicode cmap (format 12, else format 4). */
function glyphsOf(font: Tables, codePoints: Iterable<number>): Map<number, number> {
  const { view } = font;
  const cmap = table(font, 'cmap').offset;
  let format4 = -1;
  let format12 = -1;
  for (let i = 0; i < view.getUint16(cmap + 2); i += 1) {
    const platform = view.getUint16(cmap + 4 + 8 * i);
    const encoding = view.getUint16(cmap + 6 + 8 * i);
    const at = cmap + view.getUint32(cmap + 8 + 8 * i);
    const format = view.getUint16(at);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode && format === 12) format12 = at;
    if (unicode && format === 4) format4 = at;
  }
  const lookup12 = (code: number) => {
    let low = 0;
    let high = view.getUint32(format12 + 12) - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const group = format12 + 16 + 12 * mid;
      if (code < view.getUint32(group)) high = mid - 1;
      else if (code > view.getUint32(group + 4)) low = mid + 1;
      else return view.getUint32(group + 8) + code - view.getUint32(group);
    }
    return 0;
  };
  const lookup4 = (code: number) => {
    if (code > 0xffff) return 0;
    const segments = view.getUint16(format4 + 6) / 2;
    const ends = format4 + 14;
    const starts = ends + 2 * segments + 2;
    const deltas = starts + 2 * segments;
    const rangeOffsets = deltas + 2 * segments;
    for (let i = 0; i < segments; i += 1) {
      if (code > view.getUint16(ends + 2 * i)) continue;
      const start = view.getUint16(starts + 2 * i);
      if (code < start) return 0;
      const delta = view.getUint16(deltas + 2 * i);
      const rangeOffset = view.getUint16(rangeOffsets + 2 * i);
      if (rangeOffset === 0) return (code + delta) & 0xffff;
      const glyph = view.getUint16(rangeOffsets + 2 * i + rangeOffset + 2 * (code - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
  const lookup = format12 >= 0 ? lookup12 : format4 >= 0 ? lookup4 : () => 0;
  const found = new Map<number, number>();
  for (const code of codePoints) {
    const glyph = lookup(code);
    if (glyph !== 0) found.set(code, glyph);
  }
  return found;
}

function glyphRange(font: Tables, glyph: number): [number, number] {
  const { view } = font;
  const loca = table(font, 'loca').offset;
  const long = view.getInt16(table(font, 'head').offset + 50) === 1;
  const at = (i: number) => (long ? view.getUint32(loca + 4 * i) : 2 * view.getUint16(loca + 2 * i));
  const glyf = table(font, 'glyf').offset;
  return [glyf + at(glyph), glyf + at(glyph + 1)];
}

const MORE_COMPONENTS = 0x20;

/** Walks a composite glyph's components: each one's offset of its glyph index. */
function componentIndexOffsets(view: DataView, start: number, end: number): number[] {
  if (end - start < 10 || view.getInt16(start) >= 0) return [];
  const found: number[] = [];
  let at = start + 10;
  for (;;) {
    const flags = view.getUint16(at);
    found.push(at + 2);
    at += 4 + (flags & 0x1 ? 4 : 2) + (flags & 0x8 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0);
    if (!(flags & MORE_COMPONENTS)) return found;
  }
}

class Writer {
  private chunks: Uint8Array[] = [];
  length = 0;
  bytes(data: Uint8Array) {
    this.chunks.push(data);
    this.length += data.length;
  }
  u16(value: number) {
    this.bytes(new Uint8Array([(value >> 8) & 0xff, value & 0xff]));
  }
  u32(value: number) {
    this.bytes(new Uint8Array([(value >>> 24) & 0xff, (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff]));
  }
  pad() {
    while (this.length % 4 !== 0) this.bytes(new Uint8Array(1));
  }
  done(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

function cmapTable(mapped: [number, number][]): Uint8Array {
  const runs: { start: number; end: number; glyph: number }[] = [];
  for (const [code, glyph] of mapped) {
    const last = runs[runs.length - 1];
    if (last && code === last.end + 1 && glyph === last.glyph + (code - last.start)) last.end = code;
    else runs.push({ start: code, end: code, glyph });
  }
  const bmp = runs.filter((run) => run.end <= 0xffff).concat({ start: 0xffff, end: 0xffff, glyph: 0 });
  const format4 = new Writer();
  const segments = bmp.length;
  const searchPower = 2 ** Math.floor(Math.log2(segments));
  [4, 16 + 8 * segments, 0, 2 * segments, 2 * searchPower, Math.log2(searchPower), 2 * segments - 2 * searchPower].forEach((v) => format4.u16(v));
  bmp.forEach((run) => format4.u16(run.end));
  format4.u16(0);
  bmp.forEach((run) => format4.u16(run.start));
  bmp.forEach((run) => format4.u16(run.start === 0xffff ? 1 : (run.glyph - run.start) & 0xffff));
  bmp.forEach(() => format4.u16(0));
  const format12 = new Writer();
  [12, 0].forEach((v) => format12.u16(v));
  [16 + 12 * runs.length, 0, runs.length].forEach((v) => format12.u32(v));
  runs.forEach((run) => [run.start, run.end, run.glyph].forEach((v) => format12.u32(v)));
  const out = new Writer();
  [0, 2].forEach((v) => out.u16(v));
  const first = 4 + 8 * 2;
  // Windows Unicode records: BMP (format 4), then full repertoire (format 12).
  for (const [encoding, offset] of [
    [1, first],
    [10, first + format4.length],
  ]) {
    out.u16(3);
    out.u16(encoding);
    out.u32(offset);
  }
  out.bytes(format4.done());
  out.bytes(format12.done());
  return out.done();
}

function checksum(data: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) {
    sum = (sum + (((data[i] << 24) | ((data[i + 1] ?? 0) << 16) | ((data[i + 2] ?? 0) << 8) | (data[i + 3] ?? 0)) >>> 0)) >>> 0;
  }
  return sum;
}

function sfnt(tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const power = 2 ** Math.floor(Math.log2(tags.length));
  const out = new Writer();
  out.u32(0x00010000);
  [tags.length, 16 * power, Math.log2(power), 16 * tags.length - 16 * power].forEach((v) => out.u16(v));
  let offset = 12 + 16 * tags.length;
  for (const tag of tags) {
    const data = tables.get(tag)!;
    out.bytes(new Uint8Array([...tag].map((c) => c.charCodeAt(0))));
    out.u32(checksum(data));
    out.u32(offset);
    out.u32(data.length);
    offset += Math.ceil(data.length / 4) * 4;
  }
  for (const tag of tags) {
    out.bytes(tables.get(tag)!);
    out.pad();
  }
  const font = out.done();
  const head = 12 + 16 * tags.length + tags.slice(0, tags.indexOf('head')).reduce((sum, tag) => sum + Math.ceil(tables.get(tag)!.length / 4) * 4, 0);
  new DataView(font.buffer).setUint32(head + 8, (0xb1b0afba - checksum(font)) >>> 0);
  return font;
}

/** The characters among `codePoints` the font has glyphs for. */
export function fontCovers(bytes: Uint8Array, codePoints: Iterable<number>): Set<number> {
  return new Set(glyphsOf(readTables(bytes), codePoints).keys());
}

export function subsetTrueType(bytes: Uint8Array, codePoints: Iterable<number>): Uint8Array {
  const font = readTables(bytes);
  const { view } = font;
  const mapped = [...glyphsOf(font, codePoints)].sort((a, b) => a[0] - b[0]);

  const keep = new Set<number>([0]);
  const pending = mapped.map(([, glyph]) => glyph);
  while (pending.length > 0) {
    const glyph = pending.pop()!;
    if (keep.has(glyph)) continue;
    keep.add(glyph);
    const [start, end] = glyphRange(font, glyph);
    for (const at of componentIndexOffsets(view, start, end)) pending.push(view.getUint16(at));
  }
  const order = [...keep].sort((a, b) => a - b);
  const renumbered = new Map(order.map((glyph, index) => [glyph, index]));

  const glyf = new Writer();
  const loca = new Writer();
  const hmtx = new Writer();
  const hhea = table(font, 'hhea').offset;
  const metrics = view.getUint16(hhea + 34);
  const hmtxAt = table(font, 'hmtx').offset;
  for (const glyph of order) {
    loca.u32(glyf.length);
    const [start, end] = glyphRange(font, glyph);
    const data = font.bytes.slice(start, end);
    const dataView = new DataView(data.buffer);
    for (const at of componentIndexOffsets(dataView, 0, data.length)) dataView.setUint16(at, renumbered.get(dataView.getUint16(at))!);
    glyf.bytes(data);
    glyf.pad();
    const advance = view.getUint16(hmtxAt + 4 * Math.min(glyph, metrics - 1));
    const bearing = glyph < metrics ? view.getInt16(hmtxAt + 4 * glyph + 2) : view.getInt16(hmtxAt + 4 * metrics + 2 * (glyph - metrics));
    hmtx.u16(advance);
    hmtx.u16(bearing & 0xffff);
  }
  loca.u32(glyf.length);

  const copy = (tag: string) => font.bytes.slice(table(font, tag).offset, table(font, tag).offset + table(font, tag).length);
  const head = copy('head');
  new DataView(head.buffer).setUint32(8, 0);
  new DataView(head.buffer).setInt16(50, 1);
  const hheaData = copy('hhea');
  new DataView(hheaData.buffer).setUint16(34, order.length);
  const maxp = copy('maxp');
  new DataView(maxp.buffer).setUint16(4, order.length);
  const post = copy('post').slice(0, 32);
  new DataView(post.buffer).setUint32(0, 0x00030000);

  const tables = new Map<string, Uint8Array>([
    ['head', head],
    ['hhea', hheaData],
    ['maxp', maxp],
    ['post', post],
    ['hmtx', hmtx.done()],
    ['loca', loca.done()],
    ['glyf', glyf.done()],
    ['cmap', cmapTable(mapped.map(([code, glyph]) => [code, renumbered.get(glyph)!]))],
  ]);
  for (const tag of KEPT_AS_IS) if (font.offsets.has(tag)) tables.set(tag, copy(tag));
  return sfnt(tables);
}
