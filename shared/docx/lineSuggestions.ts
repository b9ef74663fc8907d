import { compareLetters } from '../diff/compare';
import type { Change } from '../diff/types';
import { attributeChanges, type StampedVersion } from './trackedAuthors';
import type { ChangeStamp } from './trackedChanges';

export interface LineSuggestion {
  change: Change;
  stamp: ChangeStamp;
}

/**
 * The suggestions a line of revisions makes (an imported 修订稿: its original first, each reviewer's
 * step after): the comparison of its first and last revision, each change stamped with the step that
 * made it. Text is traced character by character (see trackedAuthors.ts); a move, a formatting, a
 * bold or a field change is stamped with the first step from which every later one already has it.
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
  return compareWithLast(line[0]).changes.map((change) => {
    const { afterAt, beforeAt } = change;
    const textual = change.kind === 'insert' || change.kind === 'delete' || change.kind === 'replace';
    if (!textual) return { change, stamp: madeBy(change) };
    const stamp =
      change.after && afterAt
        ? attribution.inserted(afterAt.paragraph, afterAt.offset)
        : beforeAt
          ? attribution.deleted(beforeAt.paragraph, beforeAt.offset)
          : attribution.fallback;
    return { change, stamp };
  });
}
