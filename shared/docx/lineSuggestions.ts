import { compareLetters } from '../diff/compare';
import type { Change, Location } from '../diff/types';
import { makeFieldRenderer } from '../fields/formatField';
import { letterUnits, type LetterUnit } from '../model/letterUnits';
import { offsetInBlock } from '../review/anchorParts';
import { attributeChanges, type StampedVersion } from './trackedAuthors';
import type { ChangeStamp } from './trackedChanges';

export interface LineSuggestion {
  change: Change;
  stamp: ChangeStamp;
  /** Where it is in the letter, in words (「第 3 段」「表 1 第 2 行第 3 列」): the line's last revision, its first for a deletion; absent for a field value. */
  place?: string;
}

/** A location among a letter's units as one in its blocks' text (a table's units joined by line breaks). */
function blockLocation(units: readonly LetterUnit[]): (at: Location) => Location {
  const firstOf = new Map<number, number>();
  units.forEach((unit, index) => firstOf.has(unit.block) || firstOf.set(unit.block, index));
  return ({ paragraph, offset }) => {
    const { block } = units[paragraph];
    const first = firstOf.get(block)!;
    const parts = units.slice(first, paragraph + 1).map((unit) => unit.text);
    return { paragraph: block, offset: offsetInBlock(parts, paragraph - first, offset) };
  };
}

/**
 * The suggestions a line of revisions makes (an imported 修订稿: its original first, each reviewer's
 * step after): the comparison of its first and last revision, each change stamped with the step that
 * made it. Text is traced character by character, and a move, a heading change or bold outside a
 * table by where it stands, the same walk the exported 修订稿 takes (trackedAuthors.ts); a field or a
 * change inside a table is stamped with the first step from which every later one already has it.
 */
export function lineSuggestions(line: readonly StampedVersion[]): LineSuggestion[] {
  const last = line[line.length - 1];
  const compareWithLast = (version: StampedVersion) =>
    compareLetters(
      { content: version.content, fields: version.fields, definitions: version.definitions },
      { content: last.content, fields: last.fields, definitions: last.definitions },
    );
  const attribution = attributeChanges(line);
  const pending = new Map<number, Change[]>();
  const stillPending = (step: number, change: Change) => {
    if (!pending.has(step)) pending.set(step, compareWithLast(line[step]).changes);
    return (pending.get(step) as Change[]).some(
      (other) => other.kind === change.kind && other.before === change.before && other.after === change.after && other.bold === change.bold,
    );
  };
  const madeBy = (change: Change): ChangeStamp => {
    let step = line.length - 1;
    while (step > 1 && !stillPending(step - 1, change)) step -= 1;
    return line[step].stamp;
  };
  const comparison = compareWithLast(line[0]);
  const placeOf = ({ row, afterAt }: Change) => {
    const paragraph = row === null ? null : afterAt ? comparison.rows[row].after : comparison.rows[row].before;
    return paragraph?.place ? { place: paragraph.place } : {};
  };
  // The comparison counts in the letter's units (a table's cells apart), the attribution in whole blocks.
  const lastUnits = letterUnits(last.content, makeFieldRenderer(last.definitions, last.fields));
  const inFirst = blockLocation(letterUnits(line[0].content, makeFieldRenderer(line[0].definitions, line[0].fields)));
  const inLast = blockLocation(lastUnits);
  /** A move, heading change or bold outside a table, found where it stands in the last revision, as the exported 修订稿 finds it. */
  const byPlace = (change: Change): ChangeStamp | undefined => {
    if (!change.afterAt || lastUnits[change.afterAt.paragraph]?.place !== undefined) return undefined;
    const { paragraph, offset } = inLast(change.afterAt);
    if (change.kind === 'move') return attribution.moved(paragraph);
    if (change.kind === 'format') return attribution.reformatted(paragraph);
    if (change.kind === 'bold') return attribution.restyled(paragraph, offset);
    return undefined;
  };
  return comparison.changes.map((change) => {
    const { afterAt, beforeAt } = change;
    const textual = change.kind === 'insert' || change.kind === 'delete' || change.kind === 'replace';
    if (!textual) return { change, stamp: byPlace(change) ?? madeBy(change), ...placeOf(change) };
    const [inserted, deleted] = [afterAt && inLast(afterAt), beforeAt && inFirst(beforeAt)];
    const stamp =
      change.after && inserted
        ? attribution.inserted(inserted.paragraph, inserted.offset)
        : deleted
          ? attribution.deleted(deleted.paragraph, deleted.offset)
          : attribution.fallback;
    return { change, stamp, ...placeOf(change) };
  });
}
