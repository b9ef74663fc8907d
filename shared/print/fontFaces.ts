import { FONT_PROBE_TEXT } from './fonts';

/** Every character a printed letter can show: its markup's text, all of ASCII, and what the layout adds (page numbers, the font probe). */
export function printedCharacters(bodyHtml: string): number[] {
  const codes = new Set<number>();
  for (let code = 0x20; code < 0x7f; code += 1) codes.add(code);
  for (const ch of `${bodyHtml}—${FONT_PROBE_TEXT}`) codes.add(ch.codePointAt(0)!);
  return [...codes];
}

/** A font embedded in the stylesheet: the print page fetches nothing, and its policy allows fonts from data: only. */
export function fontFaceRule(family: string, base64: string): string {
  return `@font-face { font-family: "${family}"; src: url(data:font/ttf;base64,${base64}) format("truetype"); }`;
}
