import { describe, expect, it } from 'vitest';
import { CHAR_PITCH_MM, LINE_PITCH_MM, PT_PER_MM } from './metrics';
import { fontFamilyValue, FONT_STACKS } from './fonts';
import { printStylesheet } from './stylesheet';

describe('print stylesheet', () => {
  const css = printStylesheet();

  it('prints on A4 with no printer margins: the pages carry the GB/T 9704 margins themselves', () => {
    expect(css).toContain('@page { size: A4; margin: 0; }');
    expect(css).toMatch(/\.page \{\s*position: relative; width: 210mm; height: 297mm;/);
    expect(css).toContain('position: absolute; top: 37mm; left: 28mm;\n  width: 156mm; height: 225mm;');
  });

  it('sets 3号 on a 225/22 mm line pitch with tracking that puts 28 characters on 156 mm', () => {
    expect(LINE_PITCH_MM).toBeCloseTo(10.227, 3);
    expect(CHAR_PITCH_MM * PT_PER_MM - 16).toBeCloseTo(-0.207, 3);
    expect(css).toContain('--pitch: calc(225mm / 22);');
    expect(css).toContain('font-size: 16pt; line-height: var(--pitch); letter-spacing: calc(156mm / 28 - 16pt - 0.01pt);');
    expect(css).toContain('.b-body, .b-closing, .b-heading, .b-note { text-indent: calc(2 * calc(156mm / 28)); }');
  });

  it('uses 2号 for the title, 4号 for the 版记 and the page number, 7 mm below the 版心', () => {
    expect(css).toMatch(/\.b-title \{[^}]*font-size: 22pt;/);
    expect(css).toContain('.colophon { font-size: 14pt;');
    expect(css).toMatch(/\.folio \{\s*position: absolute; top: calc\(269mm - 7pt\);[^}]*font-size: 14pt;/);
    expect(css).toContain('.page--odd .folio { right: calc(26mm + 14pt); }');
    expect(css).toContain('.page--even .folio { left: calc(28mm + 14pt); }');
  });

  it('names the government fonts first and the shipped substitutes after them, rare characters last', () => {
    const body = fontFamilyValue(FONT_STACKS.fangsong);
    expect(body.startsWith('"仿宋_GB2312", "FangSong_GB2312", "仿宋"')).toBe(true);
    expect(body.endsWith('"STFangsong", "Dafu Serif", "Dafu Serif Rare", serif')).toBe(true);
    expect(fontFamilyValue(FONT_STACKS.kai)).toContain('"楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "华文楷体", "STKaiti", "Dafu Serif"');
    expect(fontFamilyValue(FONT_STACKS.title)).toContain('"STZhongsong", "Dafu Title Serif", "Dafu Serif", "Dafu Serif Rare"');
    expect(css).toContain(`.b-h1 .h-lead { font-family: ${fontFamilyValue(FONT_STACKS.hei)}; }`);
  });
});
