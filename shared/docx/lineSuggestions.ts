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
 * made it. Moves, formatting and field changes carry the last step's stamp.
 */
export function lineSuggestions(line: readonly StampedVersion[]): LineSuggestion[] {
  const [first, last] = [line[0], line[line.length - 1]];
  const attribution = attributeChanges(line);
  const comparison = compareLetters(
    { content: first.content, fields: first.fields, definitions: first.definitions },
    { content: last.content, fields: last.fields, definitions: last.definitions },
  );
  return comparison.changes.map((change) => {
    const { afterAt, beforeAt } = change;
    const textual = change.kind === 'insert' || change.kind === 'delete' || change.kind === 'replace';
    const stamp =
      textual && change.after && afterAt
        ? attribution.inserted(afterAt.paragraph, afterAt.offset)
        : textual && beforeAt
          ? attribution.deleted(beforeAt.paragraph, beforeAt.offset)
          : attribution.fallback;
    return { change, stamp };
  });
}
