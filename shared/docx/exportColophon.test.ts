import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Element } from '@xmldom/xmldom';
import { exportLetterDocx, type DocxLayout } from './exportDocx';
import { sampleLetter } from './fixtures/sampleLetter';
import { PrintSettingsSchema } from '../print/settings';
import { isOn, parseXml, wAttr, wChild, wChildren, wDescendants } from './wordXml';

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

async function exported(layout?: DocxLayout) {
  const zip = await JSZip.loadAsync(await exportLetterDocx(sampleLetter, layout));
  const read = async (path: string) => parseXml(await zip.file(path)!.async('string'));
  const document = await read('word/document.xml');
  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  const section = wDescendants(document, 'sectPr')[0];
  /** The header or footer part a section refers to for `type` (default, even, first). */
  const part = async (kind: 'header' | 'footer', type: string) => {
    const ref = wDescendants(section, `${kind}Reference`).find((node) => wAttr(node, 'type') === type);
    if (!ref) return undefined;
    const id = ref.getAttributeNS(R, 'id');
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
    return read(`word/${target}`);
  };
  return { document, section, part };
}

const text = (node: Element) =>
  wDescendants(node, 't')
    .map((t) => t.textContent)
    .join('');
const attr = (node: Element | undefined, name: string) => (node ? wAttr(node, name) : null);
const border = (table: Element, side: string) => {
  const edge = wChild(wChild(wChild(table, 'tblPr')!, 'tblBorders')!, side)!;
  return { val: attr(edge, 'val'), sz: attr(edge, 'sz') };
};
const styleOf = (paragraph: Element) => attr(wChild(wChild(paragraph, 'pPr') ?? paragraph, 'pStyle'), 'val');

describe('the 版记 of an exported letter', () => {
  it('floats to the foot of the last page’s 版心, thick lines first and last, a thin one above the 印发 line in 4号', async () => {
    const { document } = await exported();
    const body = wDescendants(document, 'body')[0];
    const tables = wChildren(body, 'tbl');
    expect(tables).toHaveLength(1);
    const [table] = tables;
    // the table stands where the 抄送 stood, which was the letter's last paragraph
    expect(
      wChildren(body)
        .map((node) => node.localName)
        .slice(-3),
    ).toEqual(['tbl', 'p', 'sectPr']);
    const position = wChild(wChild(table, 'tblPr')!, 'tblpPr')!;
    expect({ y: attr(position, 'tblpYSpec'), anchor: attr(position, 'vertAnchor') }).toEqual({ y: 'bottom', anchor: 'margin' });
    // 0.35 mm = 1 pt and 0.25 mm = 0.75 pt, in eighths of a point
    expect(border(table, 'top')).toEqual({ val: 'single', sz: '8' });
    expect(border(table, 'bottom')).toEqual({ val: 'single', sz: '8' });
    expect(border(table, 'insideH')).toEqual({ val: 'single', sz: '6' });
    expect(border(table, 'left').val).toBe('none');
    const rows = wChildren(table, 'tr').map((row) => wDescendants(row, 'p').map((p) => [styleOf(p), text(p)]));
    expect(rows).toEqual([[['DafuCc', '抄送：市政协提案委员会，市政府督查室。']], [['DafuIssued', '柳州市市场监督管理局\t2023年5月26日印发']]]);
  });

  it('without a 抄送 still carries the 印发 line in the ordinary layout', async () => {
    const letter = { ...sampleLetter, content: { ...sampleLetter.content, blocks: sampleLetter.content.blocks.filter((block) => block.role !== 'cc') } };
    const zip = await JSZip.loadAsync(await exportLetterDocx(letter));
    const table = wDescendants(parseXml(await zip.file('word/document.xml')!.async('string')), 'tbl')[0];
    expect(wDescendants(table, 'p').map(styleOf)).toEqual(['DafuIssued']);
  });
});

describe('信函格式', () => {
  const layout: DocxLayout = { format: 'letter', letterHeader: '柳州市市场监督管理局' };

  it('puts the 机关全称 in red 二号 over a red double line in a first-page header, its top 30 mm from the page top', async () => {
    const { section, part } = await exported(layout);
    expect(isOn(wChild(section, 'titlePg'))).toBe(true);
    expect(Math.round((Number(attr(wChild(section, 'pgMar'), 'header')) * 25.4) / 1440)).toBe(30);
    const header = (await part('header', 'first'))!;
    const [name] = wDescendants(header, 'p');
    expect(text(name)).toBe('柳州市市场监督管理局');
    expect(attr(wDescendants(name, 'color')[0], 'val')?.toLowerCase()).toBe('ee0000');
    expect(attr(wDescendants(name, 'sz')[0], 'val')).toBe('44');
    expect(attr(wDescendants(name, 'jc')[0], 'val')).toBe('center');
    const line = wDescendants(wDescendants(name, 'pBdr')[0], 'bottom')[0];
    expect({ val: attr(line, 'val'), color: attr(line, 'color')?.toLowerCase(), space: attr(line, 'space') }).toEqual({
      val: 'thickThinSmallGap',
      color: 'ee0000',
      space: '11',
    });
    // 170 mm: 7 mm past each side of the 156 mm 版心
    const indent = wDescendants(name, 'ind')[0];
    expect(Math.round((-Number(attr(indent, 'left')) * 25.4) / 1440)).toBe(7);
    expect(Math.round((-Number(attr(indent, 'right')) * 25.4) / 1440)).toBe(7);
  });

  it('has no page number on page 1 but numbers the others', async () => {
    const { part } = await exported(layout);
    const first = (await part('footer', 'first'))!;
    expect(wDescendants(first, 'instrText')).toHaveLength(0);
    expect(wDescendants((await part('footer', 'default'))!, 'instrText').map((node) => node.textContent?.trim())).toEqual(['PAGE']);
  });

  it('ends with a 版记 of 抄送 only: no lines, no 印发 line', async () => {
    const { document } = await exported(layout);
    const [table] = wDescendants(document, 'tbl');
    expect(['top', 'bottom', 'insideH'].map((side) => border(table, side).val)).toEqual(['none', 'none', 'none']);
    expect(wDescendants(table, 'p').map(styleOf)).toEqual(['DafuCc']);
  });

  it('is not the ordinary layout: that has no first-page header', async () => {
    const { section } = await exported();
    expect(isOn(wChild(section, 'titlePg'))).toBe(false);
    expect(wDescendants(section, 'headerReference')).toHaveLength(0);
  });
});

describe('文件格式 版头', () => {
  const settings = PrintSettingsSchema.parse({ documentHeader: true, upward: true, copyNumber: '12', secrecy: '机密', secrecyTerm: '5年', urgency: '加急' });
  const layout: DocxLayout = {
    format: 'ordinary',
    documentHeader: { settings, values: { organ: '柳州市市场监督管理局', docNumber: '柳市监函〔2023〕12号', signer: '张局长' } },
  };
  const twipsToMm = (value: string | null) => (Number(value) * 25.4) / 1440;
  const spacing = (paragraph: Element) => wDescendants(paragraph, 'spacing')[0];

  it('writes page 1 a header from the 版心 top: the marks on grid lines, the red 发文机关标志 at 35 mm, the 发文字号 and 签发人, the red line 4 mm under them', async () => {
    const { section, part } = await exported(layout);
    expect(isOn(wChild(section, 'titlePg'))).toBe(true);
    expect(twipsToMm(attr(wChild(section, 'pgMar'), 'header'))).toBeCloseTo(37, 1);
    const [copy, secrecy, urgency, name, number] = wDescendants((await part('header', 'first'))!, 'p');
    expect([copy, secrecy, urgency].map(text)).toEqual(['000012', '机密★5年', '加急']);
    expect(attr(wDescendants(secrecy, 'rFonts')[0], 'eastAsia')).toBe('黑体');
    for (const mark of [copy, secrecy, urgency]) expect(attr(spacing(mark), 'line')).toBe('579');
    // 35 mm from the 版心 top to the name's top: three grid lines of marks, then the rest as space before.
    expect(twipsToMm(String(3 * 579 + Number(attr(spacing(name), 'before'))))).toBeCloseTo(35, 0);
    expect(text(name)).toBe('柳州市市场监督管理局');
    expect(attr(wDescendants(name, 'color')[0], 'val')?.toLowerCase()).toBe('ee0000');
    expect(attr(wDescendants(name, 'jc')[0], 'val')).toBe('center');
    expect(text(number)).toBe('\t柳市监函〔2023〕12号\t签发人：张局长');
    expect(attr(wDescendants(number, 'rFonts').at(-1), 'eastAsia')).toBe('楷体_GB2312');
    // 发文字号 左空一字 and 签发人 右空一字 (one 三号 grid character) by tab stops, the paragraph and its red line as wide as the 版心.
    const [lead, end] = wDescendants(number, 'tab');
    expect([attr(lead, 'val'), attr(end, 'val')]).toEqual(['left', 'right']);
    expect(twipsToMm(attr(lead, 'pos'))).toBeCloseTo(156 / 28, 1);
    expect(156 - twipsToMm(attr(end, 'pos'))).toBeCloseTo(156 / 28, 0);
    expect(attr(wDescendants(number, 'ind')[0], 'left')).toBeNull();
    const line = wDescendants(wDescendants(number, 'pBdr')[0], 'bottom')[0];
    expect({ val: attr(line, 'val'), color: attr(line, 'color')?.toLowerCase() }).toEqual({ val: 'single', color: 'ee0000' });
    expect((Number(attr(line, 'space')) * 25.4) / 72).toBeCloseTo(4, 0);
    expect((Number(attr(line, 'sz')) / 8) * (25.4 / 72)).toBeCloseTo(0.5, 1);
  });

  it('numbers page 1 as the ordinary layout does', async () => {
    const { part } = await exported(layout);
    expect(wDescendants((await part('footer', 'first'))!, 'instrText').map((node) => node.textContent?.trim())).toEqual(['PAGE']);
  });
});

describe('份号, 密级和保密期限, 紧急程度 without the 文件格式 版头', () => {
  const marks = PrintSettingsSchema.parse({ copyNumber: '7', secrecy: '机密', secrecyTerm: '1年', urgency: '特急' });
  const numbered = {
    ...sampleLetter,
    content: {
      ...sampleLetter.content,
      blocks: [{ role: 'note' as const, inlines: [{ t: 'text' as const, text: '柳市监函〔2023〕12号' }] }, ...sampleLetter.content.blocks],
    },
  };
  const twipsToMm = (value: string | null) => (Number(value) * 25.4) / 1440;
  const spacing = (paragraph: Element) => wDescendants(paragraph, 'spacing')[0];
  const bodyTexts = (document: Parameters<typeof wDescendants>[0]) => wChildren(wDescendants(document, 'body')[0], 'p').map(text);

  it('in the ordinary layout stand on the 版心’s first three lines, flush left, as page 1’s header, a blank line above the title', async () => {
    const { section, part } = await exported({ format: 'ordinary', marks });
    expect(isOn(wChild(section, 'titlePg'))).toBe(true);
    expect(twipsToMm(attr(wChild(section, 'pgMar'), 'header'))).toBeCloseTo(37, 1);
    const lines = wDescendants((await part('header', 'first'))!, 'p');
    expect(lines.map(text)).toEqual(['000007', '机密★1年', '特急']);
    expect(lines.map((line) => attr(wDescendants(line, 'rFonts')[0], 'eastAsia'))).toEqual(['仿宋_GB2312', '黑体', '黑体']);
    for (const line of lines) {
      expect(attr(spacing(line), 'line')).toBe('579');
      expect(attr(wDescendants(line, 'jc')[0], 'val')).toBeNull();
    }
    expect(lines.map((line) => attr(spacing(line), 'after'))).toEqual(['0', '0', '579']);
    // page 1 keeps its page number
    expect(wDescendants((await part('footer', 'first'))!, 'instrText').map((node) => node.textContent?.trim())).toEqual(['PAGE']);
  });

  it('are left out when none is set: no first-page header', async () => {
    const { section } = await exported({ format: 'ordinary', marks: PrintSettingsSchema.parse({}) });
    expect(isOn(wChild(section, 'titlePg'))).toBe(false);
  });

  it('in 信函格式 stand under the red double line, the 发文字号 flush right on the first mark’s line, both 7/8 of a 3号 character below the line', async () => {
    const zip = await JSZip.loadAsync(await exportLetterDocx(numbered, { format: 'letter', letterHeader: '柳州市市场监督管理局', marks }));
    const header = parseXml(await zip.file('word/header1.xml')!.async('string'));
    const [name, first, secrecy, urgency, ...rest] = wDescendants(header, 'p');
    expect(rest).toEqual([]);
    expect(text(name)).toBe('柳州市市场监督管理局');
    expect(attr(spacing(name), 'after')).toBe('0');
    expect(text(first)).toBe('000007\t柳市监函〔2023〕12号');
    // 7/8 of 16 pt = 14 pt above the first line; each line one character high, so the text starts at its top.
    expect(Number(attr(spacing(first), 'before')) / 20).toBe((16 * 7) / 8);
    expect([first, secrecy, urgency].map((line) => attr(spacing(line), 'line'))).toEqual(['320', '320', '320']);
    // The next marks on the 28.95 pt grid, then a blank line before the title.
    expect([first, secrecy, urgency].map((line) => 320 + Number(attr(spacing(line), 'after')))).toEqual([579, 579, 2 * 579]);
    expect([secrecy, urgency].map(text)).toEqual(['机密★1年', '特急']);
    // 顶格: the 发文字号 ends at the 版心's right edge.
    const [stop] = wDescendants(first, 'tab');
    expect(attr(stop, 'val')).toBe('right');
    expect(twipsToMm(attr(stop, 'pos'))).toBeCloseTo(156, 0);
    expect(attr(wDescendants(first, 'ind')[0], 'left')).toBeNull();
    // The number is not written a second time above the title.
    const document = parseXml(await zip.file('word/document.xml')!.async('string'));
    expect(bodyTexts(document).filter((line) => line.includes('〔2023〕12号'))).toEqual([]);
  });

  it('in 信函格式 take the 发文字号 from its field when the letter has no number line, as print does', async () => {
    const letter = { ...sampleLetter, fields: { ...sampleLetter.fields, docNumber: '柳市监函〔2023〕15号' } };
    const zip = await JSZip.loadAsync(await exportLetterDocx(letter, { format: 'letter', letterHeader: '柳州市市场监督管理局', marks }));
    const [, first] = wDescendants(parseXml(await zip.file('word/header1.xml')!.async('string')), 'p');
    expect(text(first)).toBe('000007\t柳市监函〔2023〕15号');
  });

  it('in 信函格式 without marks leave the 发文字号 above the title and the blank line under the double line', async () => {
    const zip = await JSZip.loadAsync(
      await exportLetterDocx(numbered, { format: 'letter', letterHeader: '柳州市市场监督管理局', marks: PrintSettingsSchema.parse({}) }),
    );
    const header = parseXml(await zip.file('word/header1.xml')!.async('string'));
    const [name, ...rest] = wDescendants(header, 'p');
    expect(rest).toEqual([]);
    expect(attr(spacing(name), 'after')).toBe('579');
    expect(bodyTexts(parseXml(await zip.file('word/document.xml')!.async('string')))[0]).toBe('柳市监函〔2023〕12号');
  });
});
