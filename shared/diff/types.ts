import type { BlockRole, HeadingLevel } from '../model/document';

/** Word units from Intl.Segmenter (the default) or single characters, on demand. */
export type Granularity = 'word' | 'char';

export type Mark = 'same' | 'removed' | 'added';

/** A run of text in inline order; `change` points into Comparison.changes for 「第 3/17 处」 stepping. */
export interface Segment {
  text: string;
  mark: Mark;
  change?: number;
  /** Text the same on both sides whose bold was switched: the change doing it, and whether it is bold afterwards. */
  restyled?: { change: number; bold: boolean };
}

/** A paragraph as the comparison sees it: its place in its letter, its role and its rendered text. */
export interface Paragraph {
  role: BlockRole;
  level?: HeadingLevel;
  text: string;
  /** Where it sits in its letter, in words (see placeNames): 「第 3 段」, 「表 1 第 2 行第 3 列」; absent for plain texts. */
  place?: string;
  /** For a table's cell, its table and column: cells edited in one column pair up (see pairCells). */
  column?: string;
  /** Code-point ranges [start, end) of the text that are bold (see boldRanges); absent when none is. */
  bold?: readonly (readonly [number, number])[];
}

export interface ParagraphInfo extends Paragraph {
  /** 0-based position among the letter's paragraphs. */
  index: number;
}

/**
 * One line of the side-by-side view. `before` or `after` is null where the other side has a
 * paragraph that this side lacks (the gap opposite an inserted or deleted paragraph).
 * A move appears twice: `moved-away` at the old place (right side empty) and `moved-here` at the new
 * place, each naming the other's row in `moveRow`.
 */
export interface DiffRow {
  kind: 'same' | 'changed' | 'inserted' | 'deleted' | 'moved-away' | 'moved-here';
  before: ParagraphInfo | null;
  after: ParagraphInfo | null;
  /** Inline order: the left side is the same+removed segments, the right side the same+added ones. */
  segments: Segment[];
  /** Role or heading level changed, in words: 「二级标题」 → 「三级标题」. */
  format?: { before: string; after: string };
  moveRow?: number;
  /** True when this pair was not compared word by word because the work cap was reached. */
  coarse?: boolean;
}

/** 'bold': the same text made bold or no longer bold (`before` and `after` both hold it). */
export type ChangeKind = 'insert' | 'delete' | 'replace' | 'move' | 'format' | 'field' | 'bold';

/** Where a change sits in one version: paragraph index (0-based) and offset in code points. */
export interface Location {
  paragraph: number;
  offset: number;
}

export interface Change {
  kind: ChangeKind;
  /** Row in Comparison.rows; null for a field value change, which has no paragraph. */
  row: number | null;
  before: string;
  after: string;
  beforeAt: Location | null;
  afterAt: Location | null;
  /** For kind 'field': the field's name. */
  field?: string;
  /** For kind 'bold': whether the text is bold afterwards. */
  bold?: boolean;
}

export interface FieldChange {
  name: string;
  label: string;
  before: string;
  after: string;
}

export interface Comparison {
  granularity: Granularity;
  rows: DiffRow[];
  /** In reading order; field value changes first. */
  changes: Change[];
  fieldChanges: FieldChange[];
  summary: {
    paragraphsChanged: number;
    /** Characters as a clerk counts them (no white space), in code points. */
    charsAdded: number;
    charsRemoved: number;
  };
  /** Set when part of the comparison is shown only paragraph by paragraph; `note` says so to the user. */
  fallback: { reason: 'work-cap' | 'unrelated'; note: string } | null;
}
