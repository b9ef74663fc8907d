import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportLetterDocx, type DocxLayout } from '../../shared/docx/exportDocx';
import { recogniseLetter } from '../../shared/structure/recogniseLetter';
import { liuzhou2023Letter } from '../../shared/structure/fixtures/liuzhou2023';
import { longAttachmentName, threeAttachmentLetter } from '../../shared/structure/fixtures/attachmentLetters';
import { readPdfLines } from '../print/pdfMeasure';
import { redBands } from '../print/redBands';
import { PrintSettingsSchema } from '../../shared/print/settings';

const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
if (!soffice) console.warn('跳过 LibreOffice 版式检查：本机没有 soffice（npm test 会用 apt 安装 libreoffice-writer-nogui）。');

const PAGE_NUMBER = /^—\d+—$/;
/** 28.95 pt exact line spacing. */
const LINE_PITCH_MM = (579 / 20) * (25.4 / 72);

async function exportedPdf(layout?: DocxLayout, text = liuzhou2023Letter): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'dafu-lo-'));
  const letter = recogniseLetter(text);
  const docx = join(dir, 'letter.docx');
  writeFileSync(
    docx,
    await exportLetterDocx({ title: '答复', content: letter.document, fieldDefinitions: letter.fieldDefinitions, fields: letter.fields }, layout),
  );
  // A profile of its own, so parallel runs never share LibreOffice's lock.
  execFileSync(soffice, [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  return join(dir, 'letter.pdf');
}

describe.skipIf(!soffice)('the exported .docx as LibreOffice lays it out', () => {
  it('is A4 with a 28 mm 订口, 22 lines of 28.95 pt on a full page, and 「— N —」 right on odd pages and left on even ones', async () => {
    const pages = readPdfLines(await exportedPdf());
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) {
      expect(page.widthMm).toBeCloseTo(210, 0);
      expect(page.heightMm).toBeCloseTo(297, 0);
    }
    const full = pages[1];
    const text = full.lines.filter((line) => !PAGE_NUMBER.test(line.text));
    const tops = [...new Set(text.map((line) => Math.round(line.top * 10) / 10))].sort((a, b) => a - b);
    expect(tops).toHaveLength(22);
    expect((tops[21] - tops[0]) / 21).toBeCloseTo(LINE_PITCH_MM, 1);
    expect(Math.abs(Math.min(...text.map((line) => line.left)) - 28)).toBeLessThan(1);
    // 左空二字: a paragraph's first line two grid characters in, not three (LibreOffice moves an indent past a cell to the next).
    const closing = pages.flatMap((page) => page.lines).find((line) => line.text.startsWith('专此答复'))!;
    expect(Math.abs((closing.left - 28) / (156 / 28) - 2)).toBeLessThan(0.2);
    // Full lines end at the right margin; a closing 。 or ， may hang one character past it (避头尾).
    // poppler splits a justified row into several pieces: take each row's rightmost piece.
    const rights = tops.map((top) => Math.max(...text.filter((line) => Math.abs(line.top - top) < 0.2).map((line) => line.right))).sort((a, b) => a - b);
    expect(rights[Math.floor(rights.length * 0.75)]).toBeCloseTo(210 - 26, 0);
    expect(rights.at(-1)).toBeLessThan(210 - 26 + 156 / 28 + 0.5);
    expect(tops[0]).toBeGreaterThanOrEqual(37);
    expect(Math.max(...text.map((line) => line.bottom))).toBeLessThanOrEqual(297 - 35);

    const number = (page: (typeof pages)[number]) => page.lines.find((line) => PAGE_NUMBER.test(line.text))!;
    const oneChar = (14 * 25.4) / 72;
    expect(number(pages[0]).right).toBeCloseTo(210 - 26 - oneChar, 0);
    expect(number(pages[1]).left).toBeCloseTo(28 + oneChar, 0);
    expect(Math.abs(number(pages[1]).top - (297 - 35 + 7))).toBeLessThan(1.5);

    // The 版记 at the foot of the last page: 抄送 above the 印发 line, whose bottom meets the 版心's bottom edge.
    const last = pages.at(-1)!;
    const cc = last.lines.find((line) => line.text.startsWith('抄'))!;
    const issued = last.lines.filter((line) => line.top > cc.top + 1 && !PAGE_NUMBER.test(line.text));
    expect(pages.slice(0, -1).some((page) => page.lines.some((line) => line.text.startsWith('抄')))).toBe(false);
    expect(issued.map((line) => line.text).join('')).toBe('柳州市市场监督管理局2023年5月26日印发');
    expect(Math.max(...issued.map((line) => line.bottom))).toBeGreaterThan(297 - 35 - 3);
    expect(Math.max(...issued.map((line) => line.bottom))).toBeLessThanOrEqual(297 - 35);
    // 左右各空一字 of 4号
    expect(Math.min(...issued.map((line) => line.left))).toBeCloseTo(28 + oneChar, 0);
    expect(Math.max(...issued.map((line) => line.right))).toBeCloseTo(210 - 26 - oneChar, 0);
  }, 180_000);

  it('in 信函格式 has the 机关全称 at 30 mm on page 1 with no page number there, and a 版记 of 抄送 only at the foot', async () => {
    const pages = readPdfLines(await exportedPdf({ format: 'letter', letterHeader: '柳州市市场监督管理局' }));
    const [first] = pages;
    const head = first.lines[0];
    expect(head.text).toBe('柳州市市场监督管理局');
    expect(Math.abs(head.top - 30)).toBeLessThan(1.5);
    expect((head.left + head.right) / 2).toBeCloseTo(28 + 156 / 2, 0);
    const title = first.lines.find((line) => line.text.startsWith('关于'))!;
    expect(title.top).toBeGreaterThan(head.bottom + 10);
    expect(first.lines.some((line) => PAGE_NUMBER.test(line.text))).toBe(false);
    expect(pages[1].lines.some((line) => PAGE_NUMBER.test(line.text))).toBe(true);

    const last = pages.at(-1)!;
    const cc = last.lines.filter((line) => line.top > 240 && line.top < 297 - 35);
    expect(cc.map((line) => line.text).join('')).toMatch(/^抄送：?:?市政协提案委员会、市政府督查室$/);
    expect(last.lines.some((line) => line.text.includes('印发'))).toBe(false);
  }, 180_000);

  it('in 信函格式 sets 份号, 密级, 紧急程度 flush left under the double line, the 发文字号 flush right on the first one’s line', async () => {
    const marks = PrintSettingsSchema.parse({ copyNumber: '7', secrecy: '机密', urgency: '加急' });
    const letter = `柳市监函〔2023〕12号\n\n关于市政协十三届三次会议第088号提案的答复\n\n张明委员：\n\n您的提案收悉。现答复如下。\n\n专此答复。\n\n柳州市市场监督管理局\n2023年5月26日\n`;
    const file = await exportedPdf({ format: 'letter', letterHeader: '柳州市市场监督管理局', marks }, letter);
    const [first] = readPdfLines(file);
    const line = (text: string) => first.lines.find((candidate) => candidate.text === text)!;
    const [copy, secrecy, urgency, number] = ['000007', '机密', '加急', '柳市监函〔2023〕12号'].map(line);
    // The double line's lower, thin line: the last wide red band above the marks.
    const doubleLine = redBands(file, 1)
      .filter((band) => band.right - band.left > 156 && band.bottom < copy.top)
      .at(-1)!;
    // 14 pt (4.9 mm) to the em box's top; poppler's box, the font's ascent to descent, starts a little above it.
    expect(copy.top - doubleLine.bottom).toBeGreaterThan(3);
    expect(copy.top - doubleLine.bottom).toBeLessThan(4.95);
    expect(Math.abs(number.top - copy.top)).toBeLessThan(0.3);
    expect(Math.abs(copy.left - 28)).toBeLessThan(0.5);
    expect(Math.abs(number.right - (28 + 156))).toBeLessThan(0.5);
    expect(secrecy.top - copy.top).toBeCloseTo(LINE_PITCH_MM, 0);
    expect(urgency.top - secrecy.top).toBeCloseTo(LINE_PITCH_MM, 0);
    expect(Math.abs(secrecy.left - 28)).toBeLessThan(0.5);
    expect(first.lines.filter((candidate) => candidate.text.includes('〔2023〕12号'))).toHaveLength(1);
    // The title a blank line below the last mark: its 2号 text sits low in its exact 28.95 pt line.
    const title = first.lines.find((candidate) => candidate.text.startsWith('关于'))!;
    expect(title.top - urgency.bottom).toBeGreaterThan(LINE_PITCH_MM);
    expect(title.top - urgency.bottom).toBeLessThan(2.5 * LINE_PITCH_MM);
  }, 180_000);

  it('in the ordinary layout sets 份号, 密级, 紧急程度 on the 版心’s first three lines, flush left', async () => {
    const marks = PrintSettingsSchema.parse({ copyNumber: '12', secrecy: '秘密', secrecyTerm: '1年', urgency: '特急' });
    const [first] = readPdfLines(await exportedPdf({ format: 'ordinary', marks }));
    const lines = ['000012', '秘密★1年', '特急'].map((text) => first.lines.find((candidate) => candidate.text === text)!);
    lines.forEach((mark, index) => {
      expect(Math.abs(mark.left - 28)).toBeLessThan(0.5);
      expect(Math.abs((mark.top + mark.bottom) / 2 - (37 + (index + 0.5) * LINE_PITCH_MM))).toBeLessThan(1.5);
    });
  }, 180_000);

  it('sets the 附件说明 as the print layout does: 「附件：」 2 characters in, later items 5, wrapped names 6', async () => {
    const [first] = readPdfLines(await exportedPdf(undefined, threeAttachmentLetter));
    const chars = (line: { left: number }) => (line.left - 28) / (156 / 28);
    const start = (text: string) => first.lines.find((line) => line.text.startsWith(text))!;
    const offGrid = (line: { left: number }, cells: number) => Math.abs(chars(line) - cells);
    (
      [
        ['附件：1.', 2],
        ['2.', 5],
        ['3.', 5],
      ] as const
    ).forEach(([text, cells]) => expect(offGrid(start(text), cells)).toBeLessThan(0.2));
    const wrapped = first.lines.find((line) => line.top > start('3.').top + 1 && longAttachmentName.endsWith(line.text))!;
    expect(offGrid(wrapped, 6)).toBeLessThan(0.2);
  }, 180_000);
});
