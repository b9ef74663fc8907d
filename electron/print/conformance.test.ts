import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run';
import { FOLIO_GAP_MM, GRID, LINE_PITCH_MM, TYPE_AREA } from '../../shared/print/metrics';
import { longLetter, strandingLetter, tallSignoffLetter } from './fixtures/testLetters';
import { pdfFonts, pdfInfo, readPdfLines, writePngPages, type PdfPage } from './pdfMeasure';
import { redBands } from './redBands';
import { DOCUMENT_HEADER_MM } from '../../shared/print/documentHeader';
import { liuzhou2023Letter } from '../../shared/structure/fixtures/liuzhou2023';
import { longAttachmentName, threeAttachmentLetter } from '../../shared/structure/fixtures/attachmentLetters';

/**
 * GB/T 9704 conformance, measured on real PDFs: letters are imported as text, exported with
 * `dafu pdf` through Debian's chromium, and read back with poppler.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const PNG_DIR = join(ROOT, 'test-results', 'print');
const FOLIO = /^—\s*(\d+)\s*—$/;
const CHAR_MM = 14 * (25.4 / 72);
const workDir = mkdtempSync(join(tmpdir(), 'dafu-print-'));
const db = join(workDir, 'dafu.sqlite3');

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), stopSignal: new Promise<void>(() => {}) }, out, err };
}

async function importText(name: string, text: string): Promise<string> {
  const file = join(workDir, name);
  writeFileSync(file, text, 'utf8');
  const run = io();
  expect(await runCli(['import', file, '--db', db], run.io)).toBe(0);
  return run.out.at(-1)!;
}

async function exportPdf(id: string, name: string, extra: string[] = []): Promise<{ file: string; pages: PdfPage[]; out: string[]; err: string[] }> {
  const file = join(workDir, `${name}.pdf`);
  const run = io();
  const code = await runCli(['pdf', id, '--db', db, '-o', file, ...extra], run.io);
  expect(run.err.filter((line) => !line.startsWith('注意'))).toEqual([]);
  expect(code).toBe(0);
  mkdirSync(PNG_DIR, { recursive: true });
  writePngPages(file, join(PNG_DIR, name));
  return { file, pages: readPdfLines(file), out: run.out, err: run.err };
}

const bodyLines = (page: PdfPage) => page.lines.filter((line) => line.top < TYPE_AREA.top + TYPE_AREA.height && !FOLIO.test(line.text));
const pageText = (page: PdfPage) =>
  page.lines
    .map((line) => line.text)
    .join('')
    .replace(/\s/g, '');
const centre = (line: { top: number; bottom: number }) => (line.top + line.bottom) / 2;

function expectA4(file: string, pages: number) {
  const info = pdfInfo(file);
  expect(info.pages).toBe(pages);
  expect(info.pageSize).toMatch(/^594\.96 x 841\.92 pts \(A4\)/);
}

/** Page numbers 「— N —」 4号, odd pages right and even pages left, one character in from the 版心, 7 mm below it. */
function expectFolios(pages: PdfPage[], firstNumbered: number, mirrored = false) {
  for (const page of pages) {
    const folios = page.lines.filter((line) => FOLIO.test(line.text));
    if (page.number < firstNumbered) {
      expect(folios).toEqual([]);
      continue;
    }
    expect(folios.map((line) => Number(FOLIO.exec(line.text)![1]))).toEqual([page.number]);
    const [folio] = folios;
    expect(Math.abs(centre(folio) - (TYPE_AREA.top + TYPE_AREA.height + FOLIO_GAP_MM))).toBeLessThan(1.5);
    if (page.number % 2 === 1) expect(folio.right).toBeCloseTo(TYPE_AREA.binding + TYPE_AREA.width - CHAR_MM, 0);
    else expect(folio.left).toBeCloseTo((mirrored ? TYPE_AREA.outer : TYPE_AREA.binding) + CHAR_MM, 0);
  }
}

/**
 * Lines whose centres sit on the 225/22 mm grid from the 37 mm top margin, text from 28 mm: 22 on a
 * full page, one fewer where a heading moved on to stay with its paragraph.
 */
function expectGrid(page: PdfPage, lineCount: number[] = [GRID.lines]) {
  const lines = bodyLines(page);
  expect(lineCount).toContain(lines.length);
  lines.forEach((line, index) => expect(Math.abs(centre(line) - (TYPE_AREA.top + (index + 0.5) * LINE_PITCH_MM))).toBeLessThan(1.5));
  expect(Math.min(...lines.map((line) => line.left))).toBeCloseTo(TYPE_AREA.binding, 0);
  expect(Math.abs(Math.min(...lines.map((line) => line.left)) - TYPE_AREA.binding)).toBeLessThan(1);
  expect(Math.max(...lines.map((line) => line.right))).toBeLessThan(TYPE_AREA.binding + TYPE_AREA.width + 1);
}

const CHAR = TYPE_AREA.width / GRID.chars;
/**
 * A line's em box from poppler's box, which spans the shipped Noto fonts' ascent and descent (1.151
 * and 0.286 em); the ideographic em box runs from 0.88 em above the baseline to 0.12 em below it.
 */
function emBox(line: { top: number; bottom: number }) {
  const em = (line.bottom - line.top) / 1.437;
  const baseline = line.bottom - 0.286 * em;
  return { top: baseline - 0.88 * em, bottom: baseline + 0.12 * em };
}
const shortLetter =
  '关于市政协十三届三次会议第088号提案的答复\n\n张明委员：\n\n您提出的关于加快推动高标准市场体系建设的提案收悉。经研究，现答复如下。\n\n专此答复。\n\n柳州市市场监督管理局\n2023年5月26日\n';
const flat = (text: string) => text.replace(/\s/g, '');
/** The 成文日期 line, and the 署名 line just above it (the 信函格式 header and the 印发 line repeat the name). */
function signoffLines(pages: PdfPage[]) {
  const page = pages.find((candidate) => candidate.lines.some((line) => flat(line.text) === '2023年5月26日'))!;
  const date = page.lines.find((line) => flat(line.text) === '2023年5月26日')!;
  const signature = page.lines.filter((line) => flat(line.text) === '柳州市市场监督管理局' && line.top < date.top).at(-1)!;
  return { date, signature };
}
const middle = (line: { left: number; right: number }) => (line.left + line.right) / 2;

/** Sealed: 成文日期 右空四字 and the 署名 centred on it. Unsealed: 署名 右空二字, the date two characters in from its start. */
function expectSignoff(pages: PdfPage[], sealed: boolean, areaLeft: number = TYPE_AREA.binding) {
  const { signature, date } = signoffLines(pages);
  const right = areaLeft + TYPE_AREA.width;
  if (sealed) {
    expect(Math.abs(date.right - (right - 4 * CHAR))).toBeLessThan(1);
    expect(Math.abs(middle(signature) - middle(date))).toBeLessThan(1);
  } else {
    expect(Math.abs(signature.right - (right - 2 * CHAR))).toBeLessThan(1);
    expect(Math.abs(date.left - (signature.left + 2 * CHAR))).toBeLessThan(1);
  }
  expect(signature.top).toBeLessThan(date.top);
}

const fullWidth = (line: { left: number; right: number }) =>
  Math.abs(line.left - TYPE_AREA.binding) < 1 && Math.abs(line.right - (TYPE_AREA.binding + TYPE_AREA.width)) < 1;
const allChinese = (text: string) => /^[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’]+$/.test(text);

describe('GB/T 9704 layout in a real PDF', () => {
  let exampleId: string;
  let longId: string;
  beforeAll(async () => {
    exampleId = await importText('例文.txt', liuzhou2023Letter);
    longId = await importText('长答复.txt', longLetter());
  }, 60_000);
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('lays the example letter (imported as text) out on the 22 × 28 grid with its 版记 on the last page', async () => {
    const { file, pages, err } = await exportPdf(exampleId, 'example');
    expectA4(file, pages.length);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expectGrid(pages[1]);
    // The first line (the 2号 title) sits in the first grid line below the 37 mm top margin. poppler's
    // boxes for these fonts sit a little above the line's centre, by an amount proportional to the size.
    const firstLineCentre = TYPE_AREA.top + LINE_PITCH_MM / 2;
    const offsetPerPt = (centre(bodyLines(pages[1])[0]) - firstLineCentre) / 16;
    expect(Math.abs(centre(pages[0].lines[0]) - (firstLineCentre + offsetPerPt * 22))).toBeLessThan(0.5);
    const full = pages.flatMap(bodyLines).filter((line) => fullWidth(line) && allChinese(line.text));
    expect(full.length).toBeGreaterThan(0);
    expect(full.every((line) => line.text.length <= GRID.chars)).toBe(true);
    expect(full.some((line) => line.text.length === GRID.chars)).toBe(true);
    expectFolios(pages, 1);
    // The example's 「抄 送」 is spaced apart by en spaces: poppler reads a gap that wide in embedded fonts as a column break.
    expect(pageText(pages[pages.length - 1])).toContain('送:市政协提案委员会、市政府督查室');
    pages.slice(0, -1).forEach((page) => expect(pageText(page)).not.toContain('市政府督查室'));
    expect(pdfFonts(file).every((font) => font.embedded && font.type === 'CID TrueType')).toBe(true);
    // The clerk is told which fallback fonts stood in for the official ones.
    expect(err.some((line) => line.includes('字体'))).toBe(true);
  }, 60_000);

  it('fills every full page of a 3+ page letter with 22 lines of exactly 28 characters', async () => {
    const { file, pages } = await exportPdf(longId, 'long');
    expectA4(file, pages.length);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const middle = pages.slice(1, -1);
    for (const page of middle) expectGrid(page, [GRID.lines - 1, GRID.lines]);
    expect(middle.some((page) => bodyLines(page).length === GRID.lines)).toBe(true);
    const pure = pages.flatMap(bodyLines).filter((line) => fullWidth(line) && /^[\u4e00-\u9fff]+$/.test(line.text));
    expect(pure.length).toBeGreaterThan(40);
    expect(new Set(pure.map((line) => line.text.length))).toEqual(new Set([GRID.chars]));
    expectFolios(pages, 1);
    expect(pageText(pages[pages.length - 1])).toContain('抄送：市政协提案委员会，市政府督查室。');
    expectSignoff(pages, true);
  }, 60_000);

  it('in 信函格式 leaves page 1 unnumbered, mirrors the binding margin on even pages, signs without a seal', async () => {
    const { pages } = await exportPdf(longId, 'long-letter-mirror-unsealed', ['--letter', '--mirror', '--unsealed']);
    expectFolios(pages, 2, true);
    const even = bodyLines(pages[1]);
    expect(Math.abs(Math.min(...even.map((line) => line.left)) - TYPE_AREA.outer)).toBeLessThan(1);
    expect(pageText(pages[0])).toContain('柳州市市场监督管理局');
    const signoffPage = pages.find((page) => pageText(page).includes('2023年5月26日'))!;
    expectSignoff(pages, false, signoffPage.number % 2 === 0 ? TYPE_AREA.outer : TYPE_AREA.binding);
  }, 60_000);

  it('keeps the 署名 and 成文日期 with the body by tightening the page, never a page of their own', async () => {
    const id = await importText('落款.txt', strandingLetter());
    const { pages, out } = await exportPdf(id, 'stranding');
    const datePage = pages.find((page) => pageText(page).includes('2023年5月26日'))!;
    expect(datePage.number).toBe(1);
    expect(pageText(datePage)).toContain('专此答复。');
    expect(out.some((line) => line.includes('收紧行距'))).toBe(true);
  }, 60_000);

  it('sets the 附件说明 a blank line below the body, 左空二字, later items and wrapped names under the name', async () => {
    const id = await importText('附件.txt', threeAttachmentLetter);
    const { pages } = await exportPdf(id, 'attachments');
    const lines = pages[0].lines;
    const at = (start: string) => lines.findIndex((line) => flat(line.text).startsWith(start));
    const [closing, first, second, third] = ['专此答复。', '附件：1.', '2.柳州市', '3.柳州市'].map(at);
    expect([closing, first, second, third].every((index) => index >= 0)).toBe(true);
    expect(Math.abs(lines[first].left - (TYPE_AREA.binding + 2 * CHAR))).toBeLessThan(1);
    expect(Math.abs(lines[second].left - (TYPE_AREA.binding + 5 * CHAR))).toBeLessThan(1);
    expect(Math.abs(lines[third].left - (TYPE_AREA.binding + 5 * CHAR))).toBeLessThan(1);
    // The wrapped rest of the long name starts under the name's first character (number cell: one character).
    const wrapped = lines[third + 1];
    expect(longAttachmentName.endsWith(flat(wrapped.text))).toBe(true);
    expect(Math.abs(wrapped.left - (TYPE_AREA.binding + 6 * CHAR))).toBeLessThan(1);
    // One blank grid line between the body and 「附件：」, and the 附件说明 before the 署名 and 成文日期.
    expect(centre(lines[first]) - centre(lines[closing])).toBeCloseTo(2 * LINE_PITCH_MM, 0);
    expect(lines[third + 1].top).toBeLessThan(signoffLines(pages).signature.top);
  }, 60_000);

  it('prints names outside GB2312 and outside the BMP in embedded TrueType fonts, never Type 3, and reads back in order', async () => {
    const names = '经研究，现将张喆、李堃、𠮷田同志所提建议的办理情况答复如下。';
    const later = '专此答复。';
    const id = await importText(
      '生僻字.txt',
      `关于市政协十三届三次会议第088号提案的答复\n\n张喆委员：\n\n${names}\n\n${later}\n\n柳州市市场监督管理局\n2023年5月26日\n`,
    );
    const { file, pages } = await exportPdf(id, 'rare-names');
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(1);
    expect(fonts.filter((font) => !font.embedded || font.type !== 'CID TrueType')).toEqual([]);
    const text = pages.map(pageText).join('');
    expect(text.indexOf('张喆委员')).toBeGreaterThan(text.indexOf('第088号提案的答复'));
    expect(text.indexOf(flat(names))).toBeGreaterThan(text.indexOf('张喆委员'));
    expect(text.indexOf(later)).toBeGreaterThan(text.indexOf(flat(names)));
  }, 60_000);

  it('sets the 文件格式 版头: 份号, 密级, 紧急程度 on lines 1–3, the red 发文机关标志 35 mm below the 版心, the 发文字号 and the red line 4 mm under it', async () => {
    const id = await importText('文件格式.txt', `柳市监函〔2023〕12号\n\n${shortLetter}`);
    const { file, pages } = await exportPdf(id, 'document-header', ['--header', '--copy', '12', '--secret', '秘密', '--term', '1年', '--urgent', '特急']);
    const lines = pages[0].lines;
    const line = (text: string) => lines.find((candidate) => flat(candidate.text) === text)!;
    ['000012', '秘密★1年', '特急'].forEach((text, index) => {
      expect(Math.abs(line(text).left - TYPE_AREA.binding)).toBeLessThan(0.5);
      expect(Math.abs(centre(line(text)) - (TYPE_AREA.top + (index + 0.5) * LINE_PITCH_MM))).toBeLessThan(1.5);
    });
    const [name, rule, ...others] = redBands(file, 1);
    expect(others).toEqual([]);
    // The name's ink starts a little below its em box, whose top is 35 mm below the 版心's.
    expect(name.top - (TYPE_AREA.top + DOCUMENT_HEADER_MM.nameTop)).toBeGreaterThanOrEqual(0);
    expect(name.top - (TYPE_AREA.top + DOCUMENT_HEADER_MM.nameTop)).toBeLessThan(1.2);
    expect(Math.abs(middle(name) - (TYPE_AREA.binding + TYPE_AREA.width / 2))).toBeLessThan(1);
    const number = line('柳市监函〔2023〕12号');
    expect(lines.filter((candidate) => flat(candidate.text).includes('〔2023〕12号'))).toHaveLength(1);
    expect(Math.abs(middle(number) - (TYPE_AREA.binding + TYPE_AREA.width / 2))).toBeLessThan(1);
    expect(Math.abs(emBox(number).top - name.bottom - 2 * LINE_PITCH_MM)).toBeLessThan(1.5);
    expect(Math.abs(rule.left - TYPE_AREA.binding)).toBeLessThan(0.3);
    expect(Math.abs(rule.right - (TYPE_AREA.binding + TYPE_AREA.width))).toBeLessThan(0.3);
    expect(Math.abs(rule.bottom - rule.top - DOCUMENT_HEADER_MM.rule)).toBeLessThan(0.2);
    expect(Math.abs(rule.top - emBox(number).bottom - DOCUMENT_HEADER_MM.ruleGap)).toBeLessThan(0.5);
    // The title's first line is the third grid line below the red line: two blank lines between.
    const title = emBox(lines.find((candidate) => flat(candidate.text).startsWith('关于'))!);
    expect(Math.abs((title.top + title.bottom) / 2 - (rule.bottom + 2.5 * LINE_PITCH_MM))).toBeLessThan(1);
    expect(pdfFonts(file).filter((font) => font.type !== 'CID TrueType')).toEqual([]);
  }, 60_000);

  it('in 信函格式 stacks 份号, 密级 and 紧急程度 flush left under the red double line, the 发文字号 flush right beside the first, the title a blank line below', async () => {
    const id = await importText('信函标识.txt', `柳市监函〔2023〕12号\n\n${shortLetter}`);
    const { file, pages } = await exportPdf(id, 'letter-marks', ['--letter', '--copy', '7', '--secret', '机密', '--urgent', '加急']);
    const lines = pages[0].lines;
    const marks = ['000007', '机密', '加急'].map((text) => lines.find((candidate) => flat(candidate.text) === text)!);
    // The double line's lower, thin line: the last wide red band above the marks.
    const doubleLine = redBands(file, 1)
      .filter((band) => band.right - band.left > TYPE_AREA.width && band.bottom < marks[0].top)
      .at(-1)!;
    // §10.1: 7/8 of a 三号 character's height (14 pt) from the line to the first mark and to the 发文字号.
    expect(emBox(marks[0]).top - doubleLine.bottom).toBeCloseTo(14 * (25.4 / 72), 0);
    const number = lines.find((candidate) => flat(candidate.text) === '柳市监函〔2023〕12号')!;
    expect(lines.filter((candidate) => flat(candidate.text).includes('〔2023〕12号'))).toHaveLength(1);
    expect(Math.abs(centre(number) - centre(marks[0]))).toBeLessThan(0.3);
    expect(Math.abs(number.right - (TYPE_AREA.binding + TYPE_AREA.width))).toBeLessThan(0.5);
    marks.forEach((mark, index) => {
      expect(Math.abs(mark.left - TYPE_AREA.binding)).toBeLessThan(0.5);
      expect(centre(mark) - centre(marks[0])).toBeCloseTo(index * LINE_PITCH_MM, 0);
    });
    const title = lines.find((candidate) => flat(candidate.text).startsWith('关于'))!;
    expect(centre(emBox(title)) - centre(emBox(marks[2]))).toBeCloseTo(2 * LINE_PITCH_MM, 0);
  }, 60_000);

  it('carries the last lines over with a sign-off too tall for tightening', async () => {
    const id = await importText('长落款.txt', tallSignoffLetter());
    const { pages, out, err } = await exportPdf(id, 'tall-signoff');
    const datePage = pages.find((page) => pageText(page).includes('2023年5月26日'))!;
    expect(datePage.number).toBe(2);
    expect(pageText(datePage)).toMatch(/^专此答复。柳州市市场监督管理局2023年5月26日/);
    expect(out.some((line) => line.includes('收紧行距'))).toBe(false);
    expect(out).toContain('为使署名和成文日期不单独成页，上一页的最后两行已移到署名所在的一页。');
    expect(err.some((line) => line.includes('单独落在'))).toBe(false);
  }, 60_000);
});
