// Every parser that reads a file from outside runs in time linear in its input: each is timed at n
// and at 10n, and the ratio must stay at most 12 (10 for linear, with room for cache and GC effects).
// A quadratic parser shows ~100 here: the 交办清单 reader that evaluated the column count in its cell
// loop took 121 s for an .xlsx whose only far cell was A10000.
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { planImport } from '../shared/cases/importRows';
import { recogniseHeaders } from '../shared/cases/importColumns';
import { readDocx } from '../shared/docx/readDocx';
import { letterProblems } from '../shared/model/letterProblems';
import { nestsDeeperThan, scanXml } from '../shared/xml/xmlTags';
import { openCappedZip } from '../shared/zip/cappedZip';
import { readZipDirectory } from '../shared/zip/zipDirectory';
import { readCsv } from '../electron/services/cases/sheets/csvSheet';
import { readXlsx } from '../electron/services/cases/sheets/xlsxSheet';
import { docxFile, sheetRow, sheetRows, wordParagraph, xlsxFile } from '../electron/testing/hostile/officeFiles';
import { writeZip } from '../electron/testing/hostile/zipWriter';
import type { BenchReport } from './run';
import { percentile, round } from './stats';

const MAX_RATIO = 12;
const HEADER = ['类别', '届次', '提案号', '案由', '提案者', '承办方式', '交办日期', '主办单位', '协办单位', '承办人', '联系电话', '提案内容'];
const listRow = (i: number) => [
  '政协提案',
  '十三届三次会议',
  String(i + 1),
  `关于第${i + 1}件事的建议`,
  '九三学社柳州市委员会',
  '主办',
  '2026-03-10',
  '市场监管局',
  '住建局',
  '王晶',
  '0772-1234567',
  '建议内容。'.repeat(20),
];
const listRows = (n: number) => Array.from({ length: n }, (_, i) => listRow(i));
const csvOf = (rows: string[][]) => new TextEncoder().encode(rows.map((row) => row.join(',')).join('\r\n'));

interface Parser {
  name: string;
  /** What n counts. */
  unit: string;
  n: number;
  /** Builds the input of size n (not timed) and returns the work to time. */
  prepare: (n: number) => () => unknown;
}

const PARSERS: Parser[] = [
  {
    name: 'xlsx 交办清单 (xlsxSheet)',
    unit: 'rows',
    n: 1_900,
    prepare: (n) => {
      const file = xlsxFile({ sheetData: [{ data: sheetRows([HEADER, ...listRows(n)]) }] });
      return () => readXlsx('清单.xlsx', file);
    },
  },
  {
    name: 'xlsx, blank formatted rows below a list',
    unit: 'rows',
    n: 10_000,
    prepare: (n) => {
      const blanks = Array.from({ length: n }, (_, i) => `<row r="${i + 3}" s="1"><c r="A${i + 3}" s="1"/></row>`).join('');
      const file = xlsxFile({ sheetData: [{ data: sheetRows([HEADER, listRow(0)]) + blanks }] });
      return () => readXlsx('清单.xlsx', file);
    },
  },
  {
    name: 'xlsx, one stray cell n rows down',
    unit: 'row of the cell',
    n: 1_000,
    prepare: (n) => {
      const file = xlsxFile({ sheetData: [{ data: sheetRows([HEADER, listRow(0)]) + sheetRow(n, [[`A${n}`, '备注']]) }] });
      return () => readXlsx('清单.xlsx', file);
    },
  },
  {
    name: 'csv 交办清单 (csvSheet)',
    unit: 'rows',
    n: 1_900,
    prepare: (n) => {
      const file = csvOf([HEADER, ...listRows(n)]);
      return () => readCsv('清单.csv', file);
    },
  },
  {
    name: 'csv, blank lines after a list',
    unit: 'lines',
    n: 300_000,
    prepare: (n) => {
      const file = new TextEncoder().encode(`${HEADER.join(',')}\r\n${listRow(0).join(',')}${'\r\n'.repeat(n)}`);
      return () => readCsv('清单.csv', file);
    },
  },
  {
    name: 'sorting rows into cases (planImport)',
    unit: 'rows',
    n: 2_000,
    prepare: (n) => {
      const rows = listRows(n);
      const mapping = recogniseHeaders(HEADER);
      return () => planImport(rows, mapping, new Set());
    },
  },
  {
    name: 'XML tags (scanXml)',
    unit: 'cells',
    n: 100_000,
    prepare: (n) => {
      const xml = `<sheetData>${'<c r="A1" t="s"><v>1</v></c>'.repeat(n)}</sheetData>`;
      return () => scanXml(xml, { tag: () => {}, text: () => {} });
    },
  },
  {
    name: 'XML nesting check (nestsDeeperThan)',
    unit: 'levels',
    n: 20_000,
    prepare: (n) => {
      const xml = `${'<a>'.repeat(n)}${'</a>'.repeat(n)}`;
      return () => nestsDeeperThan(xml, 512);
    },
  },
  {
    name: 'zip directory (readZipDirectory)',
    unit: 'entries',
    n: 500,
    prepare: (n) => {
      const zip = writeZip(Array.from({ length: n }, (_, i) => ({ name: `xl/media/${i}.bin`, pieces: [{ data: 'x' }] })));
      return () => readZipDirectory(zip, 1_000_000);
    },
  },
  {
    name: 'capped inflate (cappedZip)',
    unit: 'MB',
    n: 3,
    prepare: (n) => {
      const zip = writeZip([{ name: 'part.xml', pieces: [{ data: Buffer.alloc(1024 * 1024, 0x20), times: n }] }]);
      const limits = { maxEntries: 10, maxPartBytes: 1 << 30, maxTotalBytes: 1 << 30 };
      return async () => (await openCappedZip(zip, limits, { broken: '', tooBig: '' })).text('part.xml');
    },
  },
  {
    name: 'docx letter (readDocx)',
    unit: 'paragraphs',
    n: 1_000,
    prepare: (n) => {
      const file = docxFile({ body: [{ data: wordParagraph('我局高度重视，认真研究办理。').repeat(n) }] });
      return () => readDocx(file, '答复.docx');
    },
  },
  {
    name: 'letter limits check (letterProblems)',
    unit: 'paragraphs',
    n: 2_000,
    prepare: (n) => {
      const content = {
        version: 1,
        blocks: Array.from({ length: n }, () => ({ role: 'body', inlines: [{ t: 'text', text: '我局高度重视，认真研究办理。' }] })),
      };
      return () => letterProblems(content, {}, []);
    },
  },
];

// Each run starts on a collected heap, so one run's garbage is not charged to the next.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

async function timed(work: () => unknown): Promise<number> {
  collectGarbage();
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/**
 * n and 10n timed in turns, so both see the same load on a shared machine; the ratio is the median
 * of the pairs' ratios.
 */
async function paired(small: () => unknown, large: () => unknown, pairs: number): Promise<{ small: number; large: number; ratio: number }> {
  await small();
  await large();
  const smalls: number[] = [];
  const larges: number[] = [];
  const ratios: number[] = [];
  for (let pair = 0; pair < pairs; pair += 1) {
    const one = await timed(small);
    const ten = await timed(large);
    smalls.push(one);
    larges.push(ten);
    ratios.push(ten / one);
  }
  return { small: percentile(smalls, 50), large: percentile(larges, 50), ratio: percentile(ratios, 50) };
}

export async function run(): Promise<BenchReport> {
  const rows: BenchReport['rows'] = [];
  for (const parser of PARSERS) {
    const { small, large, ratio } = await paired(parser.prepare(parser.n), parser.prepare(parser.n * 10), 9);
    rows.push({
      parser: parser.name,
      n: `${parser.n.toLocaleString('en-US')} ${parser.unit}`,
      n_ms: round(small),
      ten_n_ms: round(large),
      ratio: round(ratio, 1),
      linear: ratio <= MAX_RATIO ? 'yes' : 'NO',
    });
  }
  return {
    name: 'linear parsers',
    rows,
    notes: [`Each parser timed at n and 10n in 9 alternating pairs (medians shown); linear means a median ratio of at most ${MAX_RATIO}.`],
  };
}
