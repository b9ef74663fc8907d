import { diffArrays, type ArrayChange } from 'diff';

/**
 * A revision's stored text is the canonical JSON of its snapshot. A delta rebuilds it from a base
 * text, paragraph by paragraph: every block's JSON starts with `{"inlines":` (keys are sorted), and
 * that sequence cannot occur inside a JSON string (its quotes would be escaped), so cutting there
 * is exact and joining the units gives back the very same bytes.
 */
export function splitUnits(text: string): string[] {
  return text.split(/(?=\{"inlines":)/);
}

/** Copy `count` units of the base from `start`. */
type CopyOp = [start: number, count: number];
/** One base unit with its middle replaced: keep `prefix` leading and `suffix` trailing code units. */
type EditOp = [baseIndex: number, prefix: number, suffix: number, middle: string];
/** A unit the base does not have. */
type LiteralOp = string;
export type Delta = (CopyOp | EditOp | LiteralOp)[];

// Below this many shared code units, storing the whole paragraph is as small as describing the edit.
const MIN_SHARED_FOR_EDIT = 8;

function editOp(baseIndex: number, before: string, after: string): EditOp | LiteralOp {
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  if (prefix + suffix < MIN_SHARED_FOR_EDIT) return after;
  return [baseIndex, prefix, suffix, after.slice(prefix, after.length - suffix)];
}

/**
 * Finding the shortest edit costs time in the square of the paragraphs inserted and removed (a letter
 * of 3,000 paragraphs written anew took a second a revision); beyond this many, the paragraphs between
 * the unchanged start and end are taken as edited in place, which is linear and as exact.
 */
const MAX_EDIT_UNITS = 400;

/** The unchanged start and end, and the paragraphs between them as replaced in place. */
function inPlaceChanges(base: readonly string[], target: readonly string[]): ArrayChange<string>[] {
  const limit = Math.min(base.length, target.length);
  let start = 0;
  while (start < limit && base[start] === target[start]) start++;
  let end = 0;
  while (end < limit - start && base[base.length - 1 - end] === target[target.length - 1 - end]) end++;
  const change = (value: string[], kind: 'kept' | 'removed' | 'added'): ArrayChange<string> => ({
    value,
    count: value.length,
    added: kind === 'added',
    removed: kind === 'removed',
  });
  return [
    change(target.slice(0, start), 'kept'),
    change(base.slice(start, base.length - end), 'removed'),
    change(target.slice(start, target.length - end), 'added'),
    change(target.slice(target.length - end), 'kept'),
  ].filter((part) => part.count > 0);
}

export function makeDelta(base: readonly string[], target: readonly string[]): Delta {
  const delta: Delta = [];
  let baseIndex = 0;
  let removed: { start: number; units: string[] } | null = null;
  const changes = diffArrays(base as string[], target as string[], { maxEditLength: MAX_EDIT_UNITS }) ?? inPlaceChanges(base, target);
  for (const change of changes) {
    if (change.removed) {
      removed = { start: baseIndex, units: change.value };
      baseIndex += change.count;
    } else if (change.added) {
      // Paragraphs replaced in place are stored as edits of the ones they replace.
      change.value.forEach((unit, i) => delta.push(removed && i < removed.units.length ? editOp(removed.start + i, removed.units[i], unit) : unit));
      removed = null;
    } else {
      delta.push([baseIndex, change.count]);
      baseIndex += change.count;
      removed = null;
    }
  }
  return delta;
}

export function applyDelta(base: readonly string[], delta: Delta): string[] {
  const units: string[] = [];
  for (const op of delta) {
    if (typeof op === 'string') {
      units.push(op);
    } else if (op.length === 2) {
      const [start, count] = op;
      if (start + count > base.length) throw new Error('delta copies past the end of its base');
      for (let i = start; i < start + count; i++) units.push(base[i]);
    } else {
      const [index, prefix, suffix, middle] = op;
      const unit = base[index];
      if (unit === undefined || prefix + suffix > unit.length) throw new Error('delta edits a paragraph its base does not have');
      units.push(unit.slice(0, prefix) + middle + unit.slice(unit.length - suffix));
    }
  }
  return units;
}
