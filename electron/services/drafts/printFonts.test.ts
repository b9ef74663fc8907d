import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resourcesDir } from '../../app/paths';
import { fontCovers, subsetTrueType } from '../../../shared/print/fontSubset';
import { SHIPPED_FACES } from '../../../shared/print/fonts';
import { shippedFontFaces } from './printFonts';

const fontsDir = join(resourcesDir(), 'fonts');
const codes = (text: string) => [...text].map((ch) => ch.codePointAt(0)!);
const dataOf = (css: string, family: string) => {
  const rule = css.split('\n').find((line) => line.includes(`"${family}"`));
  return rule === undefined ? undefined : new Uint8Array(Buffer.from(/base64,([^)]+)\)/.exec(rule)![1], 'base64'));
};

describe('the shipped substitute fonts, cut down to a letter', () => {
  it('keeps exactly the characters asked for that the font has, in a font a fraction of the size', () => {
    const serif = new Uint8Array(readFileSync(join(fontsDir, SHIPPED_FACES.serif.file)));
    const subset = subsetTrueType(serif, codes('关于张喆同志建议的答复。𠮷'));
    expect(fontCovers(subset, codes('关于张喆同志建议的答复。𠮷永'))).toEqual(new Set(codes('关于张喆同志建议的答复。')));
    expect(subset.length).toBeLessThan(20_000);
    // A subset of a subset has the same glyphs: nothing was lost or renumbered wrongly.
    expect(subsetTrueType(subset, codes('答复'))).toEqual(subsetTrueType(serif, codes('答复')));
  });

  it('embeds each face a letter needs, and the rare-character face only for a letter with 𠮷', () => {
    const plain = shippedFontFaces(fontsDir, '<p class="b-body">专此答复。</p>');
    const rare = shippedFontFaces(fontsDir, '<p class="b-body">𠮷田同志：专此答复。</p>');
    for (const face of [SHIPPED_FACES.serif, SHIPPED_FACES.title, SHIPPED_FACES.sans]) {
      expect(fontCovers(dataOf(plain, face.family)!, codes('专此答复。— 1'))).toEqual(new Set(codes('专此答复。— 1')));
    }
    expect(dataOf(plain, SHIPPED_FACES.rare.family)).toBeUndefined();
    expect(fontCovers(dataOf(rare, SHIPPED_FACES.rare.family)!, codes('𠮷田'))).toEqual(new Set(codes('𠮷')));
  });

  it('refuses a font with CFF outlines, which Chromium would print as Type 3', () => {
    const cff = new Uint8Array(readFileSync(join(fontsDir, SHIPPED_FACES.serif.file)));
    const renamed = cff.slice();
    const tables = new DataView(renamed.buffer).getUint16(4);
    for (let i = 0; i < tables; i += 1) {
      const at = 12 + 16 * i;
      if (String.fromCharCode(...renamed.subarray(at, at + 4)) === 'glyf') renamed.set(codes('CFF '), at);
    }
    expect(() => subsetTrueType(renamed, codes('答复'))).toThrow('no glyf table');
  });
});
