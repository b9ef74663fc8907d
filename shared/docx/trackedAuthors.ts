import { blockText } from '../model/document';
import { makeFieldRenderer } from '../fields/formatField';
import { compareParagraphs } from '../diff/compare';
import { boldRanges } from '../diff/boldRanges';
import type { Change, Comparison, Paragraph } from '../diff/types';
import type { Attribution, ChangeStamp, TrackedVersion } from './trackedChanges';

/** One revision on the way from A to B, oldest first. */
export interface StampedVersion extends TrackedVersion {
  stamp: ChangeStamp;
}

function paragraphsOf(version: TrackedVersion): Paragraph[] {
  const render = makeFieldRenderer(version.definitions, version.fields);
  return version.content.blocks.map((block) => {
    const bold = block.table ? [] : boldRanges(block.inlines, render);
    return { role: block.role, ...(block.level ? { level: block.level } : {}), text: blockText(block, render), ...(bold.length > 0 ? { bold } : {}) };
  });
}

/** Which code points of `target` also stand, unchanged, in the comparison's other side (paragraph by paragraph). */
function keptIn(comparison: Comparison, target: Paragraph[], targetSide: 'before' | 'after'): boolean[][] {
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
 * B lacks was deleted by the first revision that lacks it. A move, a role or heading level and bold
 * switched on or off were made by the revision after the last one still compared with B as lacking
 * them. With only A and B, everything is B's.
 */
export function attributeChanges(chain: readonly StampedVersion[]): Attribution {
  const first = chain[0];
  const last = chain[chain.length - 1];
  const fallback = last.stamp;
  const [paragraphsA, paragraphsB] = [paragraphsOf(first), paragraphsOf(last)];
  const towardB = new Map<number, Comparison>();
  const comparedWithB = (k: number) => {
    if (!towardB.has(k)) towardB.set(k, compareParagraphs(paragraphsOf(chain[k]), paragraphsB));
    return towardB.get(k) as Comparison;
  };
  const insertedBy = paragraphsB.map((paragraph) => new Array<ChangeStamp | undefined>([...paragraph.text].length).fill(undefined));
  for (let k = chain.length - 2; k >= 0; k -= 1) {
    const kept = keptIn(comparedWithB(k), paragraphsB, 'after');
    kept.forEach((flags, paragraph) =>
      flags.forEach((present, offset) => {
        if (!present && insertedBy[paragraph][offset] === undefined) insertedBy[paragraph][offset] = chain[k + 1].stamp;
      }),
    );
  }
  const deletedBy = paragraphsA.map((paragraph) => new Array<ChangeStamp | undefined>([...paragraph.text].length).fill(undefined));
  for (let k = 1; k < chain.length; k += 1) {
    const kept = keptIn(compareParagraphs(paragraphsA, paragraphsOf(chain[k])), paragraphsA, 'before');
    kept.forEach((flags, paragraph) =>
      flags.forEach((present, offset) => {
        if (!present && deletedBy[paragraph][offset] === undefined) deletedBy[paragraph][offset] = chain[k].stamp;
      }),
    );
  }
  /** The revision after the last one whose comparison with B still shows the change; B's when A's does not show it. */
  const madeBy = (shows: (change: Change) => boolean): ChangeStamp => {
    const pending = (k: number) => comparedWithB(k).changes.some(shows);
    if (!pending(0)) return fallback;
    let step = chain.length - 1;
    while (step > 1 && !pending(step - 1)) step -= 1;
    return chain[step].stamp;
  };
  const at = (kind: Change['kind'], paragraph: number) => (change: Change) => change.kind === kind && change.afterAt?.paragraph === paragraph;
  return {
    inserted: (paragraph, offset) => insertedBy[paragraph]?.[offset] ?? fallback,
    deleted: (paragraph, offset) => deletedBy[paragraph]?.[offset] ?? fallback,
    moved: (paragraph) => madeBy(at('move', paragraph)),
    reformatted: (paragraph) => madeBy(at('format', paragraph)),
    restyled: (paragraph, offset) =>
      madeBy(
        (change) =>
          at('bold', paragraph)(change) && (change.afterAt?.offset ?? 0) <= offset && offset < (change.afterAt?.offset ?? 0) + [...change.after].length,
      ),
    fallback,
  };
}
