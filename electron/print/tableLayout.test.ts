import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../shared/model/document';
import { cell, textTable } from '../../shared/model/fixtures/sampleTables';
import type { LayoutReport } from '../../shared/print/layoutTypes';
import { TYPE_AREA } from '../../shared/print/metrics';
import { renderPrint } from '../../shared/print/renderPrint';
import { DEFAULT_PRINT_SETTINGS } from '../../shared/print/settings';
import { resolveChromium } from './chromiumPath';
import { readPdfLines, readTurnedRuns, type PdfPage } from './pdfMeasure';
import { launchPrintBrowser, renderPdf } from './renderPdf';

/**
 * Tables that do not fit the upright page, laid out by layoutPages in Chromium and read back from the
 * PDF: a 附表 of ten columns goes on a page of its own turned sideways (GB/T 9704 §8), and a row holding
 * more text than a page continues on the next pages under the repeated header.
 */
const text = (value: string) => [{ t: 'text' as const, text: value }];
const paragraph = (role: Block['role'], value: string): Block => ({ role, inlines: text(value) });

const COLUMNS = ['序号', '项目名称', '建设内容', '责任单位', '完成时限', '资金来源', '进展情况', '督办科室', '联系电话', '备注'];
const wide = textTable(
  [COLUMNS, ...Array.from({ length: 5 }, (_, row) => COLUMNS.map((name, column) => (column === 0 ? String(row + 1) : `${name.slice(0, 2)}第${row + 1}项`)))],
  { caption: '附表 2023年民生实事项目推进情况' },
);
/** The measures taken: one long account, about three pages of 四号 text in one cell. */
const ACCOUNT = Array.from({ length: 60 }, (_, n) => `第${n + 1}条措施已按计划落实到位，群众反映良好，下一步将继续巩固成效。`).join('');
const tall: Block = {
  role: 'table',
  inlines: text('表2 整改措施落实情况'),
  table: {
    headerRows: 1,
    columns: [{ align: 'left' }, { align: 'left' }],
    rows: [{ cells: [cell('事项'), cell('落实情况')] }, { cells: [cell('背街小巷整治'), cell(ACCOUNT)] }, { cells: [cell('结尾事项'), cell('已办结')] }],
  },
};

const letter = {
  version: 1 as const,
  blocks: [
    paragraph('title', '关于市政协十三届二次会议第123号提案的答复'),
    paragraph('addressee', '张明委员：'),
    paragraph('body', '您提出的关于推进民生实事项目的提案收悉。现将各项目推进情况列表答复如下。'),
    wide,
    paragraph('body', '各项整改措施的落实情况如下表。'),
    tall,
    paragraph('closing', '专此答复。'),
    paragraph('signature', '柳州市住房和城乡建设局'),
    paragraph('date', '2023年6月1日'),
  ],
};

const squeeze = (value: string) => value.replace(/\s/g, '');
const pageWith = (pages: PdfPage[], value: string) => pages.filter((page) => page.lines.some((line) => squeeze(line.text).includes(value)));

describe('a table too wide for the 版心 and a row taller than a page', () => {
  let browser: Browser;
  let report: LayoutReport;
  let pages: PdfPage[];
  let layoutText: string[];
  const dir = mkdtempSync(join(tmpdir(), 'dafu-table-layout-'));
  const file = join(dir, 'tables.pdf');

  beforeAll(async () => {
    browser = await launchPrintBrowser(resolveChromium());
    const rendered = await renderPdf(browser, renderPrint({ document: letter, fieldDefinitions: [], fields: {}, settings: DEFAULT_PRINT_SETTINGS }));
    report = rendered.report;
    writeFileSync(file, rendered.pdf);
    pages = readPdfLines(file);
    layoutText = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the wide table alone on an A4 sheet turned sideways, its head toward the binding edge, numbered like every page', () => {
    expect(report.overfullPages).toEqual([]);
    expect(report.turnedPages).toEqual([2]);
    expect(pages.every((page) => Math.round(page.widthMm) === 210 && Math.round(page.heightMm) === 297)).toBe(true);
    // The page before ends with the paragraph that introduces the table; the one after starts with the next.
    expect(squeeze(layoutText[0])).toMatch(/列表答复如下。—1—$/);
    expect(squeeze(layoutText[2])).toMatch(/^各项整改措施/);
    const runs = readTurnedRuns(file, 2);
    const run = (value: string) => runs.find((entry) => squeeze(entry.text) === value)!;
    // Read from the bottom of the sheet up, the caption comes out whole: the table is turned a quarter to the left.
    const caption = run('附表2023年民生实事项目推进情况');
    expect(caption).toBeDefined();
    const header = COLUMNS.slice(1).map(run);
    const body = runs.filter((entry) => /^..第\d项?$/.test(squeeze(entry.text)));
    expect(body).toHaveLength(5 * (COLUMNS.length - 1));
    for (const entry of [caption, ...header, ...body]) {
      expect(entry.left).toBeGreaterThan(TYPE_AREA.binding - 0.5);
      expect(entry.right).toBeLessThan(TYPE_AREA.binding + TYPE_AREA.width + 0.5);
      expect(entry.top).toBeGreaterThan(TYPE_AREA.top - 0.5);
      expect(entry.bottom).toBeLessThan(TYPE_AREA.top + TYPE_AREA.height + 0.5);
    }
    // GB/T 9704 §8: the table's head toward the binding edge (left on this sheet), its columns along the 225 mm side.
    // (Poppler's boxes of turned glyphs are too wide across; their left edges are exact.)
    expect(caption.left).toBeLessThan(Math.min(...header.map((entry) => entry.left)));
    expect(Math.max(...header.map((entry) => entry.left))).toBeLessThan(Math.min(...body.map((entry) => entry.left)));
    expect(run('项目名称').top).toBeGreaterThan(run('备注').bottom);
    expect(run('项目名称').bottom - run('备注').top).toBeGreaterThan(TYPE_AREA.width);
    // The page number upright, where every even page has it.
    const folioOf = (page: number) => pages[page - 1].lines.find((line) => squeeze(line.text) === `—${page}—`)!;
    expect(folioOf(2).right - folioOf(2).left).toBeGreaterThan(folioOf(2).bottom - folioOf(2).top);
    expect(folioOf(2).top).toBeCloseTo(folioOf(4).top, 1);
    expect(folioOf(2).left).toBeCloseTo(folioOf(4).left, 1);
  });

  it('splits the row taller than a page where each page ends, repeating the header above its continuation', () => {
    const withAccount = pageWith(pages, '已按计划落实到位');
    expect(withAccount.length).toBeGreaterThanOrEqual(3);
    const continued = withAccount.slice(1);
    for (const page of continued) {
      const header = page.lines.find((line) => squeeze(line.text).includes('落实情况') && !squeeze(line.text).includes('表2'))!;
      expect(header.top).toBeLessThan(TYPE_AREA.top + 10);
    }
    for (const page of withAccount) {
      // Poppler's glyph boxes reach below the line by the font's descent.
      for (const line of page.lines.filter((entry) => !/^—\d+—$/.test(squeeze(entry.text))))
        expect(line.bottom).toBeLessThan(TYPE_AREA.top + TYPE_AREA.height + 1);
    }
    // Every measure is printed once, in order, across the pages.
    const printed = withAccount
      .map((page) => layoutText[page.number - 1])
      .join('')
      .replace(/\s/g, '');
    const numbers = [...printed.matchAll(/第(\d+)条措施/g)].map((match) => Number(match[1]));
    expect(numbers).toEqual(Array.from({ length: 60 }, (_, n) => n + 1));
    expect(report.overfullPages).toEqual([]);
    expect(squeeze(layoutText.at(-1)!)).toMatch(/^事项落实情况.*结尾事项已办结专此答复。/);
  });

  it('breaks rows joined by a merged cell between them when together they are taller than a page, and names a page it cannot break', async () => {
    const measure = (n: number) => `第${n}项民生实事${'已完成主体工程，正在组织竣工验收，群众满意度调查良好。'.repeat(3)}`;
    const joined: Block = {
      role: 'table',
      inlines: text('表3 民生实事办理情况'),
      table: {
        headerRows: 1,
        columns: [{ align: 'left' }, { align: 'left' }],
        rows: [
          { cells: [cell('类别'), cell('办理情况')] },
          { cells: [cell('民生实事', { rowSpan: 14 }), cell(measure(1))] },
          ...Array.from({ length: 13 }, (_, n) => ({ cells: [cell(measure(n + 2))] })),
          { cells: [cell('其他'), cell('结尾事项已办结')] },
        ],
      },
    };
    // One row, beside a merged cell, holding three pages of text: no row boundary to break at.
    const stuck: Block = {
      role: 'table',
      inlines: text('表4 无法分页的表格'),
      table: {
        headerRows: 0,
        columns: [{ align: 'left' }, { align: 'left' }],
        rows: [{ cells: [cell('整改', { rowSpan: 2 }), cell(ACCOUNT)] }, { cells: [cell('完')] }],
      },
    };
    const blocks = [
      paragraph('title', '关于民生实事办理情况的答复'),
      paragraph('body', '现将办理情况列表答复如下。'),
      joined,
      paragraph('body', '以下为附表。'),
      stuck,
    ];
    const rendered = await renderPdf(
      browser,
      renderPrint({ document: { version: 1, blocks }, fieldDefinitions: [], fields: {}, settings: DEFAULT_PRINT_SETTINGS }),
    );
    const joinedFile = join(dir, 'joined.pdf');
    writeFileSync(joinedFile, rendered.pdf);
    const joinedPages = readPdfLines(joinedFile);
    const texts = execFileSync('pdftotext', ['-layout', joinedFile, '-'], { encoding: 'utf8' }).split('\f').map(squeeze);
    const withMeasures = texts.flatMap((page, index) => (/第\d+项民生实事/.test(page) ? [index] : []));
    expect(withMeasures.length).toBeGreaterThanOrEqual(2);
    // Each measure once and in order, the merged 类别 at the head of the first part, the header over the rest.
    const numbers = withMeasures.flatMap((index) => [...texts[index].matchAll(/第(\d+)项民生实事/g)].map((match) => Number(match[1])));
    expect(numbers).toEqual(Array.from({ length: 14 }, (_, n) => n + 1));
    expect(texts[withMeasures[0]]).toContain('民生实事第1项');
    for (const index of withMeasures.slice(1)) expect(texts[index]).toMatch(/^类别办理情况第\d+项/);
    for (const index of withMeasures)
      for (const line of joinedPages[index].lines.filter((entry) => !/^—\d+—$/.test(squeeze(entry.text))))
        expect(line.bottom).toBeLessThan(TYPE_AREA.top + TYPE_AREA.height + 1);
    expect(texts[withMeasures.at(-1)!]).toContain('其他结尾事项已办结');
    const stuckPage = texts.findIndex((page) => page.includes('整改')) + 1;
    expect(rendered.report.overfullTablePages).toEqual([stuckPage]);
    expect(rendered.report.overfullPages).toEqual([stuckPage]);
  });
});
