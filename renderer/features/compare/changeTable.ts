import type { Comparison, Segment } from '../../../shared/diff/types';
import { sideBySide } from '../../../shared/diff/views';

/** One line of the 修改对照表: the paragraph before and after, changes marked, and what was done in words. */
export interface ChangeTableRow {
  before: Segment[];
  after: Segment[];
  note: string;
}

/** Where a paragraph or a table's cell sits, as its letter names it (see placeNames); a line of plain text by its number. */
const where = (paragraph: { index: number; place?: string }) => paragraph.place ?? `第 ${paragraph.index + 1} 段`;

/**
 * The 修改对照表 reviewers mark up on paper: field value changes first, then every paragraph that
 * changed, in the order of the later version. A move is listed once, at its new place.
 */
export function changeTableRows(comparison: Comparison): ChangeTableRow[] {
  const fields = comparison.fieldChanges.map((field): ChangeTableRow => ({
    before: [{ text: field.before, mark: 'removed' }],
    after: [{ text: field.after, mark: 'added' }],
    note: `字段「${field.label}」`,
  }));
  const paragraphs = sideBySide(comparison).flatMap((row, index): ChangeTableRow[] => {
    if (row.kind === 'same' || row.kind === 'moved-away') return [];
    const edits = comparison.changes.filter((change) => change.row === index && change.kind !== 'format' && change.kind !== 'move').length;
    const parts: string[] = [];
    if (row.kind === 'inserted' && row.right) parts.push(`新增${where(row.right.paragraph)}`);
    if (row.kind === 'deleted' && row.left) parts.push(`删除原${where(row.left.paragraph)}`);
    if (row.kind === 'moved-here' && row.right) {
      parts.push(`原${where(comparison.rows[index].before!)}移到${where(row.right.paragraph)}`);
    }
    if (row.kind === 'changed' && row.right) parts.push(where(row.right.paragraph));
    if (row.format) parts.push(`${row.format.before}改为${row.format.after}`);
    if ((row.kind === 'changed' || row.kind === 'moved-here') && edits > 0) parts.push(`改动 ${edits} 处`);
    // At its new place a moved paragraph has no left cell in the two-column view; the table shows where it came from.
    const before = row.kind === 'moved-here' ? comparison.rows[index].segments.filter((s) => s.mark !== 'added') : (row.left?.segments ?? []);
    return [{ before, after: row.right?.segments ?? [], note: parts.join('，') }];
  });
  return [...fields, ...paragraphs];
}
