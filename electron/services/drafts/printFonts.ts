import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHIPPED_FACES } from '../../../shared/print/fonts';
import { fontFaceRule, printedCharacters } from '../../../shared/print/fontFaces';
import { fontCovers, subsetTrueType } from '../../../shared/print/fontSubset';

const files = new Map<string, Uint8Array>();

function fontFile(path: string): Uint8Array {
  let bytes = files.get(path);
  if (!bytes) files.set(path, (bytes = new Uint8Array(readFileSync(path))));
  return bytes;
}

/**
 * The @font-face rules that embed the shipped substitutes in a letter's stylesheet, each cut down to
 * the letter's characters (a face that has none of them is left out).
 */
export function shippedFontFaces(fontsDir: string, bodyHtml: string): string {
  const characters = printedCharacters(bodyHtml);
  return Object.values(SHIPPED_FACES)
    .map((face) => {
      const font = fontFile(join(fontsDir, face.file));
      if (fontCovers(font, characters).size === 0) return '';
      return fontFaceRule(face.family, Buffer.from(subsetTrueType(font, characters)).toString('base64'));
    })
    .filter(Boolean)
    .join('\n');
}
