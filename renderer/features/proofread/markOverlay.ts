import type { Severity } from '../../../shared/proofread/index';

/** One drawn mark: a box under one line's piece of a finding, relative to the overlay's container. */
export interface MarkBox {
  /** Boxes of one finding running over several lines share this number... */
  finding: number;
  /** ...and are told apart by this one, counted from 0. */
  line: number;
  severity: Severity;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Client rectangles of a range as boxes relative to the container whose top-left is `origin`. */
export function boxesOf(finding: number, severity: Severity, rects: Iterable<DOMRectReadOnly>, origin: { left: number; top: number }): MarkBox[] {
  const boxes: MarkBox[] = [];
  for (const rect of rects) {
    if (rect.width === 0 || rect.height === 0) continue;
    boxes.push({ finding, line: boxes.length, severity, left: rect.left - origin.left, top: rect.top - origin.top, width: rect.width, height: rect.height });
  }
  return boxes;
}

const SIDES = ['left', 'top', 'width', 'height'] as const;

const sameBox = (a: MarkBox, b: MarkBox) => a.severity === b.severity && SIDES.every((side) => a[side] === b[side]);

/**
 * Proofreading marks drawn in a layer of their own behind the letter's text, not as highlights on
 * the text: the browser then repaints only marks that moved, not the marked text on every keystroke.
 * Each mark keeps its element while it is shown, touched only when its box changed.
 */
export class MarkOverlay {
  private layer: HTMLDivElement | undefined;
  private marks = new Map<string, { element: HTMLElement; box: MarkBox }>();

  attach(container: HTMLElement | null): void {
    this.layer?.remove();
    this.layer = undefined;
    this.marks.clear();
    if (!container) return;
    this.layer = document.createElement('div');
    this.layer.className = 'proof-marks';
    this.layer.setAttribute('aria-hidden', 'true');
    container.append(this.layer);
  }

  /** The layer's top-left on screen, which the boxes are relative to. */
  origin(): { left: number; top: number } | undefined {
    return this.layer?.getBoundingClientRect();
  }

  show(boxes: readonly MarkBox[]): void {
    const layer = this.layer;
    if (!layer) return;
    const next = new Map<string, { element: HTMLElement; box: MarkBox }>();
    // Boxes are measured in the window's pixels; the layer's own are those at the window's zoom (视图 → 放大).
    const zoom = layer.offsetWidth > 0 ? layer.getBoundingClientRect().width / layer.offsetWidth : 1;
    for (const box of boxes) {
      const key = `${box.finding}.${box.line}`;
      const known = this.marks.get(key);
      const element = known?.element ?? layer.appendChild(document.createElement('div'));
      if (!known || !sameBox(known.box, box)) {
        element.dataset.severity = box.severity;
        element.dataset.finding = String(box.finding);
        // Through the CSSOM, which the page's content security policy allows where a style attribute is refused.
        for (const side of SIDES) element.style[side] = `${box[side] / zoom}px`;
      }
      next.set(key, { element, box });
    }
    for (const [key, { element }] of this.marks) if (!next.has(key)) element.remove();
    this.marks = next;
  }
}
