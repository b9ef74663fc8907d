import { blockText } from '../model/document';
import { makeFieldRenderer } from '../fields/formatField';
import { compareParagraphs } from '../diff/compare';
import type { Paragraph } from '../diff/types';
import type { Attribution, ChangeStamp, TrackedVersion } from './trackedChanges';

/** One revision on the way from A to B, oldest first. */
export interface StampedVersion extends TrackedVersion {
  stamp: ChangeStamp;
}

function paragraphsOf(version: TrackedVersion): Paragraph[] {
  const render = makeFieldRenderer(version.definitions, version.fields);
  return version.content.blocks.map((block) => ({ role: block.role, text: blockText(block, render) }));
}

/** Which code points of `target` also stand, unchanged, in `other` (paragraph by paragraph). */
function keptIn(other: Paragraph[], target: Paragraph[], targetSide: 'before' | 'after'): boolean[][] {
  const comparison = targetSide === 'after' ? compareParagraphs(other, target) : compareParagraphs(target, other);
  const kept = target.map((paragraph) => new Array<boolean>([...paragraph.text].length).fill(false));
  for (const row of comparison.rows) {
    const info = targetSide === 'after' ? row.after : row.before;
    if (!info || (targetSide === 'after' ? !row.before : !row.after)) continue;
    let offset = 0;
    for (const segment of row.segments) {
      const length = [...segment.text].length;
      const ours = segment.mark === 'same' || segment.mark === (targetSide === 'after' ? 'added' : 'removed');
      if (!ours) continue;
      if (segment.mark === 'same') kept[info.index].fill(true, offset, offset + length);
      offset += length;
    }
  }
  return kept;
}

/**
 * Stamps each change with the revision that made it, from the revisions between A and B (oldest
 * first, A first and B last; consecutive ones with the same text may be left out by the caller).
 * Text of B that A lacks was inserted by the revision after the last one that lacks it; text of A that
 * B lacks was deleted by the first revision that lacks it. With only A and B, everything is B's.
 */
export function attributeChanges(chain: readonly StampedVersion[]): Attribution {
  const first = chain[0];
  const last = chain[chain.length - 1];
  const fallback = last.stamp;
  const [paragraphsA, paragraphsB] = [paragraphsOf(first), paragraphsOf(last)];
  const insertedBy = paragraphsB.map((paragraph) => new Array<ChangeStamp | undefined>([...paragraph.text].length).fill(undefined));
  for (let k = chain.length - 2; k >= 0; k -= 1) {
    const kept = keptIn(paragraphsOf(chain[k]), paragraphsB, 'after');
    kept.forEach((flags, paragraph) =>
      flags.forEach((present, offset) => {
        if (!present && insertedBy[paragraph][offset] === undefined) insertedBy[paragraph][offset] = chain[k + 1].stamp;
      }),
    );
  }
  const deletedBy = paragraphsA.map((paragraph) => new Array<ChangeStamp | undefined>([...paragraph.text].length).fill(undefined));
  for (let k = 1; k < chain.length; k += 1) {
    const kept = keptIn(paragraphsOf(chain[k]), paragraphsA, 'before');
    kept.forEach((flags, paragraph) =>
      flags.forEach((present, offset) => {
        if (!present && deletedBy[paragraph][offset] === undefined) deletedBy[paragraph][offset] = chain[k].stamp;
      }),
    );
  }
  return {
    inserted: (paragraph, offset) => insertedBy[paragraph]?.[offset] ?? fallback,
    deleted: (paragraph, offset) => deletedBy[paragraph]?.[offset] ?? fallback,
    fallback,
  };
}
