import type { Db } from '../../../db/open';
import type { RevisionSummary } from '../../../../shared/model/draft';
import { getRevision } from './revisionStore';

/** How many revisions a search for the way from one revision to another looks at before giving up. */
const MAX_VISITED = 2_000;

/**
 * The revisions on the way from `from` to `to` through the graph (parents of every kind, so a merged
 * line counts), oldest first, both ends included; undefined when `from` is not an ancestor of `to`.
 * The shortest way is taken: a breadth-first walk from `to` back through its parents.
 */
export function revisionPath(db: Db, from: string, to: string): RevisionSummary[] | undefined {
  const reachedFrom = new Map<string, RevisionSummary | null>([[to, null]]);
  const queue = [getRevision(db, to)];
  for (let next = queue.shift(); next && reachedFrom.size <= MAX_VISITED; next = queue.shift()) {
    if (next.id === from) {
      const path: RevisionSummary[] = [];
      for (let step: RevisionSummary | null | undefined = next; step; step = reachedFrom.get(step.id)) path.push(step);
      return path;
    }
    for (const parent of next.parents) {
      if (reachedFrom.has(parent)) continue;
      reachedFrom.set(parent, next);
      queue.push(getRevision(db, parent));
    }
  }
  return undefined;
}
