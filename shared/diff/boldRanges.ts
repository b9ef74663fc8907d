import type { FieldRenderer, Inline } from '../model/document';

/** Code-point ranges [start, end) of a paragraph's text that are bold, joined where they touch; a field's value is never bold. */
export function boldRanges(inlines: readonly Inline[], render: FieldRenderer): [number, number][] {
  const ranges: [number, number][] = [];
  let at = 0;
  for (const run of inlines) {
    const length = [...(run.t === 'text' ? run.text : render(run.name))].length;
    const last = ranges.at(-1);
    if (run.t === 'text' && run.bold && length > 0) {
      if (last && last[1] === at) last[1] = at + length;
      else ranges.push([at, at + length]);
    }
    at += length;
  }
  return ranges;
}

/** Per code point of a text of `length`, whether it is bold. */
export function boldMask(ranges: readonly (readonly [number, number])[] | undefined, length: number): Uint8Array {
  const mask = new Uint8Array(length);
  for (const [start, end] of ranges ?? []) mask.fill(1, start, end);
  return mask;
}
