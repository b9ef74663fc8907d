/** Rows 0xA1–0xA9 hold GB2312's 682 symbols, rows 0xB0–0xF7 its 6,763 hanzi; other rows are empty. */
const ROWS = [...Array.from({ length: 9 }, (_, i) => 0xa1 + i), ...Array.from({ length: 0xf7 - 0xb0 + 1 }, (_, i) => 0xb0 + i)];

let table: Set<number> | undefined;

/**
 * GB2312's characters, read from the platform's own GBK decoder (WHATWG "gb2312" decodes as GBK,
 * which agrees with GB2312 on its rows); cells GBK fills with private-use code points are left out.
 */
export function gb2312Characters(): ReadonlySet<number> {
  if (table) return table;
  const decoder = new TextDecoder('gb2312');
  table = new Set();
  for (const row of ROWS) {
    for (let cell = 0xa1; cell <= 0xfe; cell += 1) {
      const code = decoder.decode(new Uint8Array([row, cell])).codePointAt(0)!;
      if (code !== 0xfffd && !(code >= 0xe000 && code <= 0xf8ff)) table.add(code);
    }
  }
  return table;
}

/** Whether a character prints in a font that covers GB2312 only (仿宋_GB2312, 楷体_GB2312): ASCII counts as covered. */
export function inGb2312(code: number): boolean {
  return code < 0x80 || gb2312Characters().has(code);
}
