import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/api/errors';
import { createDispatch } from '../app/dispatch';
import { sheetRows, xlsxFile } from './hostile/officeFiles';
import { storeProblems, tablesHash } from './hostile/packageImportRun';
import { makeTestContext } from './testContext';

const CASES = Number(process.env.DAFU_SHEET_FUZZ_CASES ?? 300);

const HEADER = ['类别', '届次', '提案号', '案由', '提案者', '承办方式', '交办日期'];
/** Cells as lists hold them, and what breaks readers: quotes, separators, line ends, control characters, prototype names, far-off dates. */
const cell = fc.oneof(
  fc.constantFrom('政协提案', '人大建议', '十三届三次会议', '011', '关于柳州螺蛳粉产业发展的提案', '主办', '2026-03-10', '2026年3月10日', '45000', ''),
  fc.constantFrom('toString', '__proto__', 'constructor', '"', '""', ',', '\r\n', '\u001b[2J', '\u0000', '\ufeff', '=1+1', '9999-99-99', ' '.repeat(50)),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);
const rows = fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 40 });
const withHeader = fc.tuple(fc.boolean(), rows).map(([header, body]) => (header ? [HEADER, ...body] : body));

const csvField = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const csvFile = fc
  .tuple(withHeader, fc.constantFrom('\r\n', '\n', '\r'), fc.boolean(), fc.nat({ max: 3_000 }))
  .map(([lines, end, bom, blank]) => Buffer.from(`${bom ? '\ufeff' : ''}${lines.map((line) => line.map(csvField).join(',')).join(end)}${end.repeat(blank)}`));

/** Text XML can carry (the damaged workbooks below try the rest). */
const xmlSafe = (text: string) =>
  [...text]
    .filter((char) => {
      const code = char.codePointAt(0)!;
      return code === 9 || code === 10 || code === 13 || (code >= 32 && code !== 0xfffe && code !== 0xffff);
    })
    .join('');

/** A cell anywhere on the sheet, by a reference that may be far off or not a reference at all. */
const farCell = fc
  .tuple(fc.constantFrom('A', 'Z', 'AA', 'XFD', 'XFE', 'a', ''), fc.constantFrom('1', '2', '10000', '1048576', '1048577', '0', '-1', 'x'), cell)
  .map(([column, row, text]) => `<row r="${row}"><c r="${column}${row}" t="inlineStr"><is><t>${xmlSafe(text).replace(/[<&]/g, '')}</t></is></c></row>`);
const xlsxBytes = fc.tuple(withHeader, fc.array(farCell, { maxLength: 3 }), fc.option(fc.string({ maxLength: 200 }))).map(([lines, far, shared]) =>
  xlsxFile({
    sheetData: [{ data: sheetRows(lines.map((line) => line.map(xmlSafe))) + far.join('') }],
    ...(shared === null ? {} : { sharedStrings: shared }),
  }),
);
/** A sound workbook with bytes changed or cut: what a broken download or a crafted file looks like. */
const damagedXlsx = fc
  .tuple(xlsxBytes, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), fc.option(fc.nat()))
  .map(([bytes, flips, cut]) => {
    const damaged = Buffer.from(bytes);
    for (const [at, value] of flips) damaged[at % damaged.length] = value;
    return cut === null ? damaged : damaged.subarray(0, cut % damaged.length);
  });
const sheetFile = fc.oneof(
  csvFile.map((bytes) => ({ fileName: '交办清单.csv', bytes })),
  xlsxBytes.map((bytes) => ({ fileName: '交办清单.xlsx', bytes })),
  damagedXlsx.map((bytes) => ({ fileName: '交办清单.xlsx', bytes })),
);

describe('fuzzing the 交办清单 import', () => {
  it(`previews and imports ${CASES} generated and damaged lists: a clear refusal with the store unchanged, or cases after which the store checks out`, async () => {
    const tally = { imported: 0, refused: 0, previewRefused: 0 };
    let slowest = 0;
    // One register for every list, as at a bureau: what earlier lists brought makes later ones duplicates.
    const { ctx, handlers } = makeTestContext(':memory:', { later: () => {} });
    const internalErrors: unknown[] = [];
    const dispatch = createDispatch(handlers, (error) => internalErrors.push(error));
    await fc.assert(
      fc.asyncProperty(sheetFile, async ({ fileName, bytes }) => {
        const input = { fileName, base64: bytes.toString('base64') };
        const started = performance.now();
        const preview = (await dispatch('cases.importPreview', input)) as Result<unknown>;
        if (!preview.ok) tally.previewRefused += 1;
        const before = tablesHash(ctx.db);
        const imported = (await dispatch('cases.import', input)) as Result<unknown>;
        slowest = Math.max(slowest, performance.now() - started);
        expect(internalErrors).toEqual([]);
        if (imported.ok) {
          tally.imported += 1;
          expect(storeProblems(ctx.db)).toEqual([]);
        } else {
          tally.refused += 1;
          expect(tablesHash(ctx.db)).toBe(before);
        }
      }),
      { seed: 20_261_205, numRuns: CASES },
    );
    ctx.db.close();
    console.log(
      `sheet fuzz: ${CASES} lists, ${tally.imported} imported and the store checked out, ${tally.refused} refused with the store unchanged (${tally.previewRefused} already at preview), slowest ${slowest.toFixed(0)} ms`,
    );
    expect(tally.imported + tally.refused).toBe(CASES);
  });
});
