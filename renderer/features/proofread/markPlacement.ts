import { $getNodeByKey, type LexicalEditor } from 'lexical';
import { $setDomRange, type ParagraphMatch } from '../../editor/paragraphRanges';
import { $textParagraphs } from '../../editor/tables/textParagraphs';
import { boxesOf, type MarkBox } from './markOverlay';
import type { ParagraphFinding } from './paragraphTracker';

/** A finding at a point (a missing 。 at the end) is marked on the character before it. */
export function markedRange(finding: ParagraphFinding): ParagraphMatch {
  const start = finding.end > finding.start ? finding.start : Math.max(0, finding.start - 1);
  return { paragraphKey: finding.paragraphKey, start, end: Math.max(finding.end, start + 1) };
}

/** A paragraph's marks as last measured, with boxes relative to the paragraph's top-left corner. */
export interface MeasuredParagraph {
  text: string;
  width: number;
  height: number;
  boxes: MarkBox[];
}

/** Measured marks still fit a paragraph that reads the same and has the same size, wherever it moved. */
export function stillFits(measured: MeasuredParagraph | undefined, now: Omit<MeasuredParagraph, 'boxes'>): measured is MeasuredParagraph {
  return measured !== undefined && measured.text === now.text && measured.width === now.width && measured.height === now.height;
}

/** Paragraph keys within half a screen of the visible part of the letter, found by bisection. */
function paragraphsNearView(editor: LexicalEditor): string[] {
  // A table's cells are paragraphs of their own, each with its own marks.
  const keys = editor.getEditorState().read(() => $textParagraphs().map(({ node }) => node.getKey()));
  const bottomOf = (index: number) => editor.getElementByKey(keys[index])?.getBoundingClientRect().bottom ?? 0;
  const margin = window.innerHeight / 2;
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (bottomOf(middle) < -margin) low = middle + 1;
    else high = middle;
  }
  const near: string[] = [];
  for (let index = low; index < keys.length; index += 1) {
    const top = editor.getElementByKey(keys[index])?.getBoundingClientRect().top ?? 0;
    if (top > window.innerHeight + margin) break;
    near.push(keys[index]);
  }
  return near;
}

/**
 * Where the marks of one set of findings go, for the paragraphs near the view. A paragraph is
 * measured again only when its text or size changed (typing in it, the window resized); one that
 * only moved keeps its measured marks. A keystroke measures nothing: the paragraph typed in shows
 * no marks until the next check.
 */
export class MarkPlacement {
  private readonly byParagraph = new Map<string, { finding: ParagraphFinding; index: number }[]>();
  private measured = new Map<string, MeasuredParagraph>();
  /** The boxes drawn last, by paragraph, relative to the overlay. */
  private drawn = new Map<string, MarkBox[]>();
  /** One range for all measuring: the browser updates every live range on each change to the text. */
  private readonly range = document.createRange();

  constructor(
    private readonly editor: LexicalEditor,
    findings: readonly ParagraphFinding[],
  ) {
    findings.forEach((finding, index) => {
      const list = this.byParagraph.get(finding.paragraphKey) ?? [];
      list.push({ finding, index });
      this.byParagraph.set(finding.paragraphKey, list);
    });
  }

  /**
   * The marks drawn last, less those of paragraphs just edited, found without measuring anything:
   * an edit moves text only inside its paragraph unless the letter changes size, which is measured
   * anew. Undefined when none of these paragraphs shows marks.
   */
  withoutMarksIn(paragraphKeys: Iterable<string>): MarkBox[] | undefined {
    let changed = false;
    for (const key of paragraphKeys) {
      const known = this.measured.get(key);
      if (!known?.boxes.length) continue;
      this.measured.set(key, { ...known, boxes: [] });
      this.drawn.delete(key);
      changed = true;
    }
    return changed ? [...this.drawn.values()].flat() : undefined;
  }

  boxes(origin: { left: number; top: number }): MarkBox[] {
    if (this.byParagraph.size === 0) return [];
    const editor = this.editor;
    const near = paragraphsNearView(editor).filter((key) => this.byParagraph.has(key));
    const range = this.range;
    const measured = new Map<string, MeasuredParagraph>();
    this.drawn = new Map();
    editor.getEditorState().read(() => {
      for (const key of near) {
        const element = editor.getElementByKey(key);
        if (!element) continue;
        const at = element.getBoundingClientRect();
        const now = { text: $getNodeByKey(key)?.getTextContent() ?? '', width: at.width, height: at.height };
        const known = this.measured.get(key);
        const paragraph = stillFits(known, now) ? known : { ...now, boxes: this.$measure(key, now.text, at, range) };
        measured.set(key, paragraph);
        const placed = paragraph.boxes.map((box) => ({ ...box, left: box.left + at.left - origin.left, top: box.top + at.top - origin.top }));
        if (placed.length) this.drawn.set(key, placed);
      }
    });
    this.measured = measured;
    return [...this.drawn.values()].flat();
  }

  /**
   * Boxes of one paragraph's findings relative to the paragraph; none while it reads otherwise than
   * when it was checked: the clerk is typing in it, and its marks come back with the next check.
   */
  private $measure(key: string, textNow: string, at: DOMRectReadOnly, range: Range): MarkBox[] {
    return (this.byParagraph.get(key) ?? []).flatMap(({ finding, index }) => {
      const placed = finding.checkedText === textNow && $setDomRange(this.editor, markedRange(finding), range);
      return placed ? boxesOf(index, finding.severity, placed.getClientRects(), at) : [];
    });
  }
}
