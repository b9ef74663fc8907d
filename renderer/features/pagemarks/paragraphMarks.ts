/**
 * Page marks are attributes on the editor's paragraph elements, drawn by CSS (::before, ::after).
 * They are set outside Lexical's reconciler, which never reads or rewrites them: they are not text,
 * so they are never copied, saved, exported or counted, and a mark moves with its paragraph while
 * the clerk types on until the next layout replaces it.
 */
const BREAK = 'pageBreak';
const NOTE = 'printNote';
const AT = '--page-break-at';

export interface ParagraphMark {
  element: HTMLElement;
  label: string;
  /** Characters of the paragraph before the break (0: the page begins with the paragraph). */
  offset: number;
}

/** The break's height in the paragraph, as a fraction of it: midway between the lines either side of character `offset`. */
function breakFraction(element: HTMLElement, offset: number): number {
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = doc.createRange();
  const charRect = (index: number): DOMRect | undefined => {
    let seen = 0;
    for (let node = walker.firstChild(); node; node = walker.nextNode()) {
      const length = (node as Text).data.length;
      if (index < seen + length) {
        range.setStart(node, index - seen);
        range.setEnd(node, index - seen + 1);
        return range.getBoundingClientRect();
      }
      seen += length;
    }
    return undefined;
  };
  const box = element.getBoundingClientRect();
  const current = charRect(offset);
  if (!current || box.height === 0) return 1;
  const previous = charRect(offset - 1);
  const edge = previous && previous.bottom <= current.top + 1 ? (previous.bottom + current.top) / 2 : current.top;
  return Math.min(1, Math.max(0, (edge - box.top) / box.height));
}

export function clearParagraphMarks(root: HTMLElement): void {
  for (const element of Array.from(root.querySelectorAll<HTMLElement>('[data-page-break], [data-print-note]'))) {
    delete element.dataset[BREAK];
    delete element.dataset[NOTE];
    element.style.removeProperty(AT);
  }
}

/** Measures every break first and then writes, so a 30,000-character letter is laid out once, not once per mark. */
export function applyParagraphMarks(root: HTMLElement, marks: readonly ParagraphMark[], notice?: { element: HTMLElement; text: string }): void {
  const placed = marks.map((mark) => ({ ...mark, fraction: mark.offset > 0 ? breakFraction(mark.element, mark.offset) : 0 }));
  clearParagraphMarks(root);
  for (const { element, label, fraction } of placed) {
    element.dataset[BREAK] = label;
    if (fraction > 0) element.style.setProperty(AT, `${(fraction * 100).toFixed(2)}%`);
  }
  if (notice) notice.element.dataset[NOTE] = notice.text;
}
