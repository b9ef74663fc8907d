import type { Comparison, DiffRow, ParagraphInfo, Segment } from './types';

export interface SideBySideCell {
  paragraph: ParagraphInfo;
  segments: Segment[];
}

/** One row of the two-column view; a null cell is the gap opposite an inserted, deleted or moved paragraph. */
export interface SideBySideRow {
  kind: DiffRow['kind'];
  left: SideBySideCell | null;
  right: SideBySideCell | null;
  format?: DiffRow['format'];
  moveRow?: number;
  coarse?: boolean;
}

export function sideBySide(comparison: Comparison): SideBySideRow[] {
  return comparison.rows.map(({ kind, before, after, segments, format, moveRow, coarse }) => ({
    kind,
    left: before && kind !== 'moved-here' ? { paragraph: before, segments: segments.filter((s) => s.mark !== 'added') } : null,
    right: after ? { paragraph: after, segments: segments.filter((s) => s.mark !== 'removed') } : null,
    ...(format ? { format } : {}),
    ...(moveRow !== undefined ? { moveRow } : {}),
    ...(coarse ? { coarse } : {}),
  }));
}

/** One paragraph of the inline view (Word's compare): deletions struck through, insertions underlined. */
export interface InlineParagraph {
  row: number;
  kind: DiffRow['kind'];
  paragraph: ParagraphInfo;
  segments: Segment[];
  format?: DiffRow['format'];
  moveRow?: number;
}

/** At its old place a moved paragraph reads as struck through; at its new place it shows its own edits. */
export function inlineView(comparison: Comparison): InlineParagraph[] {
  return comparison.rows.map(({ kind, before, after, segments, format, moveRow }, row) => ({
    row,
    kind,
    paragraph: (after ?? before) as ParagraphInfo,
    segments: kind === 'moved-away' ? segments.map((s) => ({ ...s, mark: 'removed' as const })) : segments,
    ...(format ? { format } : {}),
    ...(moveRow !== undefined ? { moveRow } : {}),
  }));
}

/** Plain-text rendering of marked segments, as the CLI prints them: [-删除-]{+插入+}. */
export function markedText(segments: readonly Segment[]): string {
  return segments.map(({ text, mark }) => (mark === 'removed' ? `[-${text}-]` : mark === 'added' ? `{+${text}+}` : text)).join('');
}
