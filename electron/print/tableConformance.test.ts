import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run';
import { TYPE_AREA } from '../../shared/print/metrics';
import { CELL_BORDER_PT } from '../../shared/print/tableFit';
import { liuzhou2023Letter } from '../../shared/structure/fixtures/liuzhou2023';
import { pdfInfo, readPdfLines, readTurnedRuns, ruleThicknessesMm, writePngPages, type PdfPage } from './pdfMeasure';

/**
 * A table through the whole program, measured on real PDFs: a Word file holding a long table with a
 * two-level header (「项目」 down two rows, 「年度」 over two columns) is imported with `dafu import`,
 * printed with `dafu pdf`, and exported with `dafu export --docx` for LibreOffice to lay out.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const PNG_DIR = join(ROOT, 'test-results', 'print');
const workDir = mkdtempSync(join(tmpdir(), 'dafu-table-'));
const db = join(workDir, 'dafu.sqlite3');
const ROWS = 40;
const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();

async function cli(args: string[]): Promise<string[]> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (line) => out.push(line), err: (line) => err.push(line), stopSignal: new Promise<void>(() => {}) });
  expect(err.filter((line) => !line.startsWith('注意') && !line.includes('字体'))).toEqual([]);
  expect(code).toBe(0);
  return out;
}

const project = (n: number) => `第${n}项改造工程`;
const figures = (n: number) => [String(n * 100), String(n * 120)];
/** A 附表 of nine columns, too wide for the 版心: it prints turned sideways and exports as a landscape section. */
const WIDE_CAPTION = '附表二 老旧小区改造推进情况';
const WIDE_COLUMNS = ['序号', '改造小区', '建设内容', '责任单位', '完成时限', '资金来源', '进展情况', '督办科室', '备注说明'];
const wideRow = (n: string) => [n, ...WIDE_COLUMNS.slice(1).map((name) => `${name.slice(0, 2)}${n}号`)];
const WIDE_ROWS = ['一', '二', '三'].map(wideRow);
const PT_MM = 25.4 / 72;

/** The letter as a colleague's Word file: paragraphs, then the table after the opening, then the rest. */
async function wordFile(): Promise<string> {
  const lines = liuzhou2023Letter.split('\n').filter((line) => line.trim() !== '');
  const cell = (text: string, options: Partial<ConstructorParameters<typeof TableCell>[0]> = {}, right = false) =>
    new TableCell({ ...options, children: [new Paragraph({ text, ...(right ? { alignment: AlignmentType.RIGHT } : {}) })] });
  const table = new Table({
    rows: [
      new TableRow({ tableHeader: true, children: [cell('项目名称', { verticalMerge: VerticalMergeType.RESTART }), cell('实施年度', { columnSpan: 2 })] }),
      new TableRow({ tableHeader: true, children: [cell('', { verticalMerge: VerticalMergeType.CONTINUE }), cell('2023年'), cell('2024年')] }),
      ...Array.from(
        { length: ROWS },
        (_, index) => new TableRow({ children: [cell(project(index + 1)), ...figures(index + 1).map((text) => cell(text, {}, true))] }),
      ),
    ],
  });
  const wide = new Table({
    rows: [
      new TableRow({ tableHeader: true, children: WIDE_COLUMNS.map((name) => cell(name)) }),
      ...WIDE_ROWS.map((texts) => new TableRow({ children: texts.map((text) => cell(text)) })),
    ],
  });
  const paragraphs = lines.map((line) => new Paragraph(line));
  const file = join(workDir, '附表答复.docx');
  const children = [...paragraphs.slice(0, 4), table, ...paragraphs.slice(4, 8), new Paragraph(WIDE_CAPTION), wide, ...paragraphs.slice(8)];
  writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children }] })));
  return file;
}

const pdf = join(workDir, 'table.pdf');
/** What `dafu pdf` said. */
let printed: string[] = [];
const pagesWith = (pages: PdfPage[], text: string) => pages.filter((page) => page.lines.some((line) => line.text.replace(/\s/g, '').includes(text)));

describe('a letter with a long table, from Word to print and back to Word', () => {
  let id: string;
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('prints the table in the 版心 in 4号, its header repeated on the next page and no row split', async () => {
    id = (await cli(['import', await wordFile(), '--db', db])).at(-1)!;
    printed = await cli(['pdf', id, '--db', db, '-o', pdf]);
    mkdirSync(PNG_DIR, { recursive: true });
    writePngPages(pdf, join(PNG_DIR, 'table'));
    const pages = readPdfLines(pdf);
    const withHeader = pagesWith(pages, '实施年度');
    const withRows = pages.filter((page) => page.lines.some((line) => line.text.includes('项改造工程')));
    expect(withRows.length).toBeGreaterThanOrEqual(2);
    expect(withHeader.map((page) => page.number)).toEqual(withRows.map((page) => page.number));
    for (const page of withRows.slice(1)) {
      const header = page.lines.find((line) => line.text.includes('项目名称'))!;
      expect(header.top).toBeLessThan(TYPE_AREA.top + 12);
    }
    const all = pages.flatMap((page) => page.lines.map((line) => ({ ...line, page: page.number })));
    const rightEdges: number[][] = [];
    for (let n = 1; n <= ROWS; n += 1) {
      const name = all.filter((line) => line.text.replace(/\s/g, '') === project(n));
      expect(name).toHaveLength(1);
      const [a, b] = figures(n).map((text) => all.find((line) => line.page === name[0].page && line.text === text && Math.abs(line.top - name[0].top) < 1.5));
      expect(a && b && a.left < b.left).toBe(true);
      rightEdges.push([a!.right, b!.right]);
    }
    // Figures are right-aligned: in each column they end on one edge, whatever their length.
    for (const column of [0, 1]) {
      const edges = rightEdges.map((row) => row[column]);
      expect(Math.max(...edges) - Math.min(...edges)).toBeLessThan(0.5);
    }
    const cells = all.filter((line) => /项改造工程$/.test(line.text));
    const body = all.filter((line) => line.text.startsWith('柳州市作为'));
    expect(cells[0].bottom - cells[0].top).toBeLessThan((body[0].bottom - body[0].top) * 0.95);
    for (const line of all.filter((entry) => /项改造工程|^\d+$/.test(entry.text))) {
      expect(line.left).toBeGreaterThan(TYPE_AREA.binding - 0.5);
      expect(line.right).toBeLessThan(TYPE_AREA.binding + TYPE_AREA.width + 0.5);
      expect(line.bottom).toBeLessThan(TYPE_AREA.top + TYPE_AREA.height + 0.5);
    }
  }, 120_000);

  it('prints the nine-column 附表 alone on a page turned sideways, head toward the binding edge, and draws every border ¾ pt thin', () => {
    const pages = readPdfLines(pdf);
    const turned = pages.map((page) => ({ page, runs: readTurnedRuns(pdf, page.number) })).filter(({ runs }) => runs.some((run) => run.text === '改造小区'));
    expect(turned).toHaveLength(1);
    const [{ page, runs }] = turned;
    expect(printed.filter((line) => line.startsWith(`第 ${page.number} 页是横排的表格`))).toHaveLength(1);
    expect([Math.round(page.widthMm), Math.round(page.heightMm)]).toEqual([210, 297]);
    const texts = runs.map((run) => run.text);
    expect(texts).toEqual(expect.arrayContaining([...WIDE_COLUMNS, ...WIDE_ROWS.flat()]));
    // Read bottom to top, the head (toward the binding edge, on the left) comes before the rows.
    const leftOf = (text: string) => runs.find((run) => run.text === text)!.left;
    expect(leftOf('改造小区')).toBeLessThan(leftOf('改造一号'));
    expect(leftOf('改造一号')).toBeLessThan(leftOf('改造三号'));
    // Upright text on that page (poppler boxes a lone turned glyph as if upright): only its number, where every page of its parity has it.
    const upright = page.lines.filter((line) => [...line.text.trim()].length > 1 && line.right - line.left > line.bottom - line.top);
    expect(upright.map((line) => line.text.replace(/\s/g, ''))).toEqual([`—${page.number}—`]);
    // Borders, measured on the printed page at 1200 dpi: a scan down the first column's padding crosses each row's rule.
    const cell = pages[0].lines.find((line) => line.text.replace(/\s/g, '') === project(1))!;
    const rules = ruleThicknessesMm(pdf, 1, cell.left - 0.6, cell.top - 8, cell.bottom + 8);
    expect(rules.length).toBeGreaterThanOrEqual(2);
    for (const rule of rules) expect(Math.abs(rule - CELL_BORDER_PT * PT_MM)).toBeLessThan(0.03);
  });

  it.skipIf(!soffice)(
    'exports a .docx that LibreOffice lays out with every cell in order, the merged header once per page and repeated',
    async () => {
      const docx = join(workDir, 'back.docx');
      await cli(['export', id, '--docx', docx, '--db', db]);
      const xml = execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8' });
      expect(xml).toContain('<w:tblHeader/>');
      expect(xml).toContain('<w:gridSpan w:val="2"/>');
      expect(xml).toContain('<w:vMerge w:val="restart"/>');
      execFileSync(
        soffice,
        [`-env:UserInstallation=${pathToFileURL(join(workDir, 'lo')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', workDir, docx],
        {
          stdio: 'ignore',
          timeout: 120_000,
        },
      );
      // LibreOffice sets CJK text on the document's character grid, which pdftotext reads as spaces between characters.
      const cellsOf = (line: string) =>
        line
          .trim()
          .split(/\s{2,}/)
          .map((cell) => cell.replace(/\s/g, ''));
      const text = execFileSync('pdftotext', ['-layout', join(workDir, 'back.pdf'), '-'], { encoding: 'utf8' });
      const pages = text.split('\f').filter((page) => page.replace(/\s/g, '').includes('项改造工程'));
      expect(pages.length).toBeGreaterThanOrEqual(2);
      for (const page of pages) {
        const lines = page.split('\n').map(cellsOf);
        const header = lines.findIndex((cells) => cells.includes('实施年度'));
        expect(header).toBeGreaterThanOrEqual(0);
        expect(lines.filter((cells) => cells.includes('实施年度'))).toHaveLength(1);
        expect(lines.slice(header, header + 3).flat()).toEqual(expect.arrayContaining(['项目名称', '2023年', '2024年']));
        expect(lines.findIndex((cells) => cells.includes('项目名称'))).toBeLessThan(
          lines.findIndex((cells) => cells.some((cell) => cell.endsWith('项改造工程'))),
        );
      }
      const rows = text
        .split('\n')
        .map(cellsOf)
        .filter((cells) => cells[0].endsWith('项改造工程'));
      expect(rows).toEqual(Array.from({ length: ROWS }, (_, index) => [project(index + 1), ...figures(index + 1)]));
      expect(readFileSync(docx).length).toBeGreaterThan(0);
      // The nine-column 附表 on the one landscape page, the pages around it upright, each four-character cell on one
      // line: the table paragraphs are off the 三号 character grid that LibreOffice would otherwise set them on.
      const back = join(workDir, 'back.pdf');
      const sizes = Array.from({ length: pdfInfo(back).pages }, (_, index) => pdfInfo(back, index + 1).pageSize);
      const landscape = sizes.flatMap((size, index) => (/^841\.\d+ x 595\.\d+ pts/.test(size) ? [index] : []));
      expect(landscape).toHaveLength(1);
      expect(sizes.filter((_, index) => index !== landscape[0]).every((size) => /^595\.\d+ x 841\.\d+ pts/.test(size))).toBe(true);
      const widePage = text.split('\f')[landscape[0]];
      const wideLines = widePage.split('\n').map((line) => line.replace(/\s/g, ''));
      const fourCharacters = [...WIDE_COLUMNS, ...WIDE_ROWS.flat()].filter((cell) => cell.length === 4);
      expect(fourCharacters.length).toBeGreaterThan(20);
      for (const value of fourCharacters) expect(wideLines.filter((line) => line.includes(value))).toHaveLength(1);
      // LibreOffice draws the .docx's ½ pt borders (w:sz 4) as they are written.
      const cell = readPdfLines(back)
        .flatMap((page) => page.lines.map((line) => ({ ...line, page: page.number })))
        .find((line) => line.text.replace(/\s/g, '') === project(1))!;
      const rules = ruleThicknessesMm(back, cell.page, cell.left - 0.6, cell.top - 8, cell.bottom + 8);
      expect(rules.length).toBeGreaterThanOrEqual(2);
      for (const rule of rules) expect(Math.abs(rule - 0.5 * PT_MM)).toBeLessThan(0.03);
    },
    180_000,
  );
});
