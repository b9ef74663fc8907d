import type { Element } from '@xmldom/xmldom';
import { isOn, wAttr, wChild } from './wordXml';

/**
 * Which reading of a tracked .docx to take: `accepted` (every 修订 accepted, what import has always
 * read), `rejected` (every 修订 rejected: the text the reviewers started from), or the 修订 of some
 * reviewers accepted and the others' rejected (the steps of an imported line, one reviewer each).
 *
 * The policy for each kind of mark, in both readings:
 * - w:ins and w:moveTo: their content is in the accepted reading only; w:del and w:moveFrom in the
 *   rejected one only. A move is a deletion at its old place and an insertion at its new one.
 * - Nested marks: content inside both an insertion and a deletion (typed by one reviewer, struck by
 *   another; or moved, then deleted at the new place) is in neither reading, so it is no suggestion.
 * - Paragraph marks (w:ins / w:del in the paragraph's w:rPr): a paragraph whose mark is absent from
 *   the reading joins the paragraph after it, as Word does when the mark is accepted away or rejected.
 *   So does a paragraph all of whose text is absent from the reading though its mark is not tracked:
 *   LibreOffice drops the tracked mark of the last paragraph inserted when it saves.
 * - w:rPrChange: the rejected reading takes the run's former bold; w:pPrChange: the paragraph's former
 *   style (role, heading level). The accepted reading takes the current ones. Bold switched on or off
 *   is then a suggestion of its own (the comparison's 'bold' change). A letter keeps no italic,
 *   underline or colour, so a w:rPrChange that switches only those reads alike both ways: no suggestion.
 */
export type TrackedView = 'accepted' | 'rejected' | { accepting: readonly string[] };

/** Whether this reading accepts the 修订 made by `author`. */
function accepts(view: TrackedView, author: string): boolean {
  if (view === 'accepted' || view === 'rejected') return view === 'accepted';
  return view.accepting.includes(author);
}

/** A tracked change as it stands in one reading: where its text is, and who made it. */
export interface TrackedMark {
  /** Text inserted or deleted; a paragraph's style changed (w:pPrChange); a run's formatting changed (w:rPrChange). */
  kind: 'insert' | 'delete' | 'paragraph-format' | 'run-format';
  author: string;
  /** w:date as written; '' when absent. */
  date: string;
  paragraph: number;
  /** Code-point offsets in the paragraph's text in this reading; a format mark covers what it formats. */
  start: number;
  end: number;
}

const INSERTED = new Set(['ins', 'moveTo']);
const DELETED = new Set(['del', 'moveFrom']);

export function stampOf(element: Element): { author: string; date: string } {
  return { author: wAttr(element, 'author') ?? '', date: wAttr(element, 'date') ?? '' };
}

/** Whether an element wraps tracked content, and whether that content is in the given reading. */
export function trackedWrapper(element: Element, view: TrackedView): { kind: 'insert' | 'delete'; shown: boolean } | undefined {
  const name = element.localName ?? '';
  const accepted = () => accepts(view, stampOf(element).author);
  if (INSERTED.has(name)) return { kind: 'insert', shown: accepted() };
  if (DELETED.has(name)) return { kind: 'delete', shown: !accepted() };
  return undefined;
}

/** The tracked change on a paragraph's mark, if any: the element, and whether the mark is absent from the reading. */
export function paragraphMarkChange(props: Element | undefined, view: TrackedView): { element: Element; absent: boolean } | undefined {
  const runProps = props && wChild(props, 'rPr');
  if (!runProps) return undefined;
  for (const name of ['ins', 'moveTo', 'del', 'moveFrom']) {
    const element = wChild(runProps, name);
    if (element) return { element, absent: !(trackedWrapper(element, view)?.shown ?? true) };
  }
  return undefined;
}

/** The properties to read in this reading: the former ones kept in a w:rPrChange / w:pPrChange when rejecting. */
export function propertiesIn(
  props: Element | undefined,
  change: 'rPrChange' | 'pPrChange',
  view: TrackedView,
): { props: Element | undefined; change?: Element } {
  const element = props && wChild(props, change);
  if (!element) return { props };
  return { props: accepts(view, stampOf(element).author) ? props : wChild(element, change === 'rPrChange' ? 'rPr' : 'pPr'), change: element };
}

/** Bold from run properties as they are in this reading; undefined when they do not say. */
export function boldIn(props: Element | undefined, view: TrackedView): boolean | undefined {
  const { props: read } = propertiesIn(props, 'rPrChange', view);
  const bold = read && wChild(read, 'b');
  return bold ? isOn(bold) : undefined;
}
