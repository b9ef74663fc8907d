import type { Element } from '@xmldom/xmldom';

/**
 * Pictures are not supported yet: an imported picture leaves a marked note in its place, and the import
 * warning names it, so that nothing disappears silently.
 */
export function imageNote(name: string): string {
  return `〔图片：${name}〕`;
}

/** A picture's name as Word shows it (its alternative text, else its name), or 「图片 N」. */
export function imageName(picture: Element, ordinal: number): string {
  const described = picture.getElementsByTagNameNS('*', 'docPr')[0] ?? picture.getElementsByTagNameNS('*', 'shape')[0];
  const said = described ? (described.getAttribute('descr') || described.getAttribute('alt') || described.getAttribute('name') || '').trim() : '';
  return said.replace(/\s+/g, ' ').slice(0, 60) || `图片 ${ordinal}`;
}

/** What the clerk is told about the pictures in an imported file. */
export function imagesWarning(names: readonly string[]): string[] {
  if (names.length === 0) return [];
  const listed = names
    .slice(0, 10)
    .map((name) => `「${name}」`)
    .join('、');
  const more = names.length > 10 ? `等 ${names.length} 张` : '';
  return [`文件里的图片 ${listed}${more}暂时导不进来，已在原位置留下「${imageNote('…')}」标记，请对照原文件处理。`];
}
