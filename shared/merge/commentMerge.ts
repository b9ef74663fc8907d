import type { PackageComment } from '../review/packageFormat';

/** A comment the store already holds under a package comment's id. */
export interface StoredComment {
  draftId: string;
  resolvedAt: string | null;
}

export interface CommentResolution {
  id: string;
  resolvedAt: string;
  resolvedBy: string | null;
}

export interface CommentPlan {
  /** The comments to add, each thread before its replies. */
  add: PackageComment[];
  /** Threads of this draft open here that the package brings resolved. */
  resolve: CommentResolution[];
}

/** Threads (no threadId) first, the package's order kept otherwise: a reply needs its thread stored. */
const threadsFirst = (comments: readonly PackageComment[]) =>
  [...comments].sort((a, b) => Number(a.threadId !== null) - Number(b.threadId !== null));

/**
 * Comments are append-only, known by id: the package's comments the store lacks are added. 已解决 is
 * a one-way mark: a comment of `draftId` resolved in the package and open here becomes resolved with
 * the package's time and name; a comment filed under another draft is left alone.
 */
export function planComments(draftId: string, carried: readonly PackageComment[], stored: ReadonlyMap<string, StoredComment>): CommentPlan {
  const known = new Map(stored);
  const plan: CommentPlan = { add: [], resolve: [] };
  for (const comment of threadsFirst(carried)) {
    const here = known.get(comment.id);
    if (!here) {
      plan.add.push(comment);
      known.set(comment.id, { draftId, resolvedAt: comment.resolvedAt });
    } else if (comment.resolvedAt && here.draftId === draftId && here.resolvedAt === null) {
      plan.resolve.push({ id: comment.id, resolvedAt: comment.resolvedAt, resolvedBy: comment.resolvedBy });
      known.set(comment.id, { draftId, resolvedAt: comment.resolvedAt });
    }
  }
  return plan;
}
