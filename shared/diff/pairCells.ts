import type { Step } from './alignParagraphs';
import type { Paragraph } from './types';

type Loose = Extract<Step, { kind: 'delete' | 'insert' }>;
const loose = (step: Step): step is Loose => (step.kind === 'delete' && step.movedTo === undefined) || (step.kind === 'insert' && step.movedFrom === undefined);

/**
 * A figure changed in a cell (「1500」 → 「1800」) shares no text with what it replaced, so the
 * paragraph alignment sees a cell deleted and another inserted. Between two paired units, a deleted and
 * an inserted cell in the same table column are one cell edited; they are paired in order, so rows
 * really added or removed stay whole inserts and deletes.
 */
export function pairCells(steps: readonly Step[], before: readonly Paragraph[], after: readonly Paragraph[]): Step[] {
  const out: Step[] = [];
  let start = 0;
  while (start < steps.length) {
    if (!loose(steps[start])) {
      out.push(steps[start]);
      start += 1;
      continue;
    }
    let end = start;
    while (end < steps.length && loose(steps[end])) end += 1;
    out.push(...pairGap(steps.slice(start, end) as Loose[], before, after));
    start = end;
  }
  return out;
}

function pairGap(gap: readonly Loose[], before: readonly Paragraph[], after: readonly Paragraph[]): Step[] {
  const deletes = gap.filter((step): step is Extract<Loose, { kind: 'delete' }> => step.kind === 'delete');
  const inserts = gap.filter((step): step is Extract<Loose, { kind: 'insert' }> => step.kind === 'insert');
  const out: Step[] = [];
  let nextInsert = 0;
  let nextDelete = 0;
  for (const del of deletes) {
    const column = before[del.before].column;
    if (!column) continue;
    const found = inserts.findIndex((ins, index) => index >= nextInsert && after[ins.after].column === column);
    if (found < 0) continue;
    out.push(...deletes.slice(nextDelete, deletes.indexOf(del)), ...inserts.slice(nextInsert, found));
    out.push({ kind: 'pair', before: del.before, after: inserts[found].after });
    nextDelete = deletes.indexOf(del) + 1;
    nextInsert = found + 1;
  }
  return [...out, ...deletes.slice(nextDelete), ...inserts.slice(nextInsert)];
}
