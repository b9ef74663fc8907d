import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportLetterDocx } from './exportDocx';
import { sampleLetter } from './fixtures/sampleLetter';
import { parseXml, wAttr, wChild, wDescendants } from './wordXml';

async function parts() {
  const zip = await JSZip.loadAsync(await exportLetterDocx(sampleLetter));
  const read = async (path: string) => parseXml(await zip.file(path)!.async('string'));
  return { zip, read };
}

const attrs = (element: ReturnType<typeof wDescendants>[number] | undefined, ...names: string[]) =>
  Object.fromEntries(names.map((name) => [name, element ? wAttr(element, name) : null]));

describe('the exported .docx follows GB/T 9704', () => {
  it('is A4 with 37/35 mm top/bottom and 28/26 mm left/right margins, a 156 × 225 mm 版心 of 22 lines × 28 characters', async () => {
    const { read } = await parts();
    const section = wDescendants(await read('word/document.xml'), 'sectPr')[0];
    expect(attrs(wChild(section, 'pgSz'), 'w', 'h')).toEqual({ w: '11906', h: '16838' });
    const margins = attrs(wChild(section, 'pgMar'), 'top', 'bottom', 'left', 'right');
    expect(margins).toEqual({ top: '2098', bottom: '1984', left: '1587', right: '1474' });
    const twipsToMm = (value: string | null) => (Number(value) * 25.4) / 1440;
    expect(twipsToMm(String(11906 - 1587 - 1474))).toBeCloseTo(156, 0);
    expect(twipsToMm(String(16838 - 2098 - 1984))).toBeCloseTo(225, 0);
    const grid = attrs(wChild(section, 'docGrid'), 'type', 'linePitch', 'charSpace');
    expect(grid).toEqual({ type: 'linesAndChars', linePitch: '579', charSpace: '-842' });
    expect(Math.floor((16838 - 2098 - 1984) / 579)).toBe(22);
    // Word's grid pitch is the Normal size (16 pt) plus charSpace/4096 pt: 28 of them fill 156 mm.
    expect(Math.floor((11906 - 1587 - 1474) / ((16 + -842 / 4096) * 20))).toBe(28);
  });

  it('sets 3号仿宋 body text with exact 28.95 pt lines, a 2号小标宋 centred title and 黑体/楷体/仿宋 headings', async () => {
    const { read } = await parts();
    const styles = await read('word/styles.xml');
    const defaults = wDescendants(styles, 'docDefaults')[0];
    expect(attrs(wDescendants(defaults, 'sz')[0], 'val')).toEqual({ val: '32' });
    expect(attrs(wDescendants(defaults, 'rFonts')[0], 'eastAsia')).toEqual({ eastAsia: '仿宋_GB2312' });
    expect(attrs(wDescendants(wDescendants(defaults, 'pPrDefault')[0], 'spacing')[0], 'line', 'lineRule')).toEqual({ line: '579', lineRule: 'exact' });
    // condensed by 0.25 pt as well, so programs that do not compress to the grid still fit 28 characters
    expect(attrs(wDescendants(wDescendants(defaults, 'rPrDefault')[0], 'spacing')[0], 'val')).toEqual({ val: '-5' });
    const style = (id: string) => wDescendants(styles, 'style').find((node) => wAttr(node, 'styleId') === id)!;
    expect(attrs(wDescendants(style('Title'), 'sz')[0], 'val')).toEqual({ val: '44' });
    expect(attrs(wDescendants(style('Title'), 'rFonts')[0], 'eastAsia')).toEqual({ eastAsia: '方正小标宋简体' });
    expect(attrs(wDescendants(style('Title'), 'jc')[0], 'val')).toEqual({ val: 'center' });
    expect(attrs(wDescendants(style('Heading1'), 'rFonts')[0], 'eastAsia')).toEqual({ eastAsia: '黑体' });
    expect(attrs(wDescendants(style('Heading2'), 'rFonts')[0], 'eastAsia')).toEqual({ eastAsia: '楷体_GB2312' });
    expect(attrs(wDescendants(style('Heading3'), 'rFonts')[0], 'eastAsia')).toEqual({ eastAsia: '仿宋_GB2312' });
    expect(attrs(wDescendants(style('Heading1'), 'outlineLvl')[0], 'val')).toEqual({ val: '0' });
    expect(attrs(wDescendants(style('DafuBody'), 'ind')[0], 'firstLine')).toEqual({ firstLine: '630' });
    expect(attrs(wDescendants(style('DafuCc'), 'sz')[0], 'val')).toEqual({ val: '28' });
    const document = await read('word/document.xml');
    const styleOf = wDescendants(document, 'pStyle').map((node) => wAttr(node, 'val'));
    expect(styleOf).toEqual([
      'DafuNote',
      'Title',
      'DafuAddressee',
      'DafuBody',
      'Heading1',
      'DafuBody',
      'Heading2',
      'Heading3',
      'Heading4',
      'DafuBody',
      'Heading1',
      'DafuBody',
      'DafuClosing',
      'DafuClosing',
      'DafuSignature',
      'DafuDate',
      'DafuNote',
      'DafuCc',
      'DafuIssued',
    ]);
  });

  it('numbers pages 「— N —」 in 4号宋体, right on odd pages and left on even ones', async () => {
    const { zip, read } = await parts();
    expect(wDescendants(await read('word/settings.xml'), 'evenAndOddHeaders')).toHaveLength(1);
    const section = wDescendants(await read('word/document.xml'), 'sectPr')[0];
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    const footer = async (type: string) => {
      const ref = wDescendants(section, 'footerReference').find((node) => wAttr(node, 'type') === type)!;
      const id = ref.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id');
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
      return read(`word/${target}`);
    };
    for (const [type, side] of [
      ['default', 'right'],
      ['even', 'left'],
    ] as const) {
      const xml = await footer(type);
      expect(attrs(wDescendants(xml, 'jc')[0], 'val')).toEqual({ val: side });
      expect(
        wDescendants(xml, 't')
          .map((node) => node.textContent)
          .join(''),
      ).toBe('—  —');
      expect(wDescendants(xml, 'instrText').map((node) => node.textContent?.trim())).toEqual(['PAGE']);
      expect(attrs(wDescendants(xml, 'sz')[0], 'val')).toEqual({ val: '28' });
    }
  });

  it('writes fields as their values, never as placeholders the clerk did fill', async () => {
    const { read } = await parts();
    const text = wDescendants(await read('word/document.xml'), 't')
      .map((node) => node.textContent)
      .join('');
    expect(text).toContain('关于对市政协十三届三次会议第011号提案的答复');
    expect(text).toContain('2023年5月26日');
    expect(text).toContain('所提问题已经解决。');
    expect(text).not.toContain('{{');
  });
});
