import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run';
import { TYPE_AREA } from '../../shared/print/metrics';
import { liuzhou2023Letter } from '../../shared/structure/fixtures/liuzhou2023';
import { readPdfLines, writePngPages, type PdfPage } from './pdfMeasure';

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
  const paragraphs = lines.map((line) => new Paragraph(line));
  const file = join(workDir, '附表答复.docx');
  writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children: [...paragraphs.slice(0, 4), table, ...paragraphs.slice(4)] }] })));
  return file;
}

const pagesWith = (pages: PdfPage[], text: string) => pages.filter((page) => page.lines.some((line) => line.text.replace(/\s/g, '').includes(text)));

describe('a letter with a long table, from Word to print and back to Word', () => {
  let id: string;
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('prints the table in the 版心 in 4号, its header repeated on the next page and no row split', async () => {
    id = (await cli(['import', await wordFile(), '--db', db])).at(-1)!;
    const pdf = join(workDir, 'table.pdf');
    await cli(['pdf', id, '--db', db, '-o', pdf]);
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
    },
    180_000,
  );
});
