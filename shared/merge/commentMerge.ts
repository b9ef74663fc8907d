import type { PackageComment } from '../review/packageFormat';
import { filedElsewhere, identityClashMessage } from './identityClash';

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

export type CommentPlan =
  | {
      refused: false;
      /** The comments to add, each thread before its replies. */
      add: PackageComment[];
      /** Threads of this draft open here that the package brings resolved. */
      resolve: CommentResolution[];
    }
  | { refused: true; commentId: string; reason: string };

/** Threads (no threadId) first, the package's order kept otherwise: a reply needs its thread stored. */
const threadsFirst = (comments: readonly PackageComment[]) => [
  ...comments.filter((comment) => comment.threadId === null),
  ...comments.filter((comment) => comment.threadId !== null),
];

/**
 * Comments are append-only, known by id: the package's comments the store lacks are added. 已解决 is
 * a one-way mark: a comment resolved in the package and open here becomes resolved with the
 * package's time and name. A comment belongs to one draft: one the store files under another draft
 * refuses the package (its replies would hang off the other draft's thread).
 */
export function planComments(draftId: string, carried: readonly PackageComment[], stored: ReadonlyMap<string, StoredComment>): CommentPlan {
  const owners = new Map([...stored].map(([id, comment]) => [id, comment.draftId]));
  const elsewhere = filedElsewhere(
    draftId,
    carried.map((comment) => comment.id),
    owners,
  );
  if (elsewhere !== undefined) return { refused: true, commentId: elsewhere, reason: identityClashMessage('批注', elsewhere) };
  const known = new Map(stored);
  const add: PackageComment[] = [];
  const resolve: CommentResolution[] = [];
  for (const comment of threadsFirst(carried)) {
    const here = known.get(comment.id);
    if (!here) {
      add.push(comment);
      known.set(comment.id, { draftId, resolvedAt: comment.resolvedAt });
    } else if (comment.resolvedAt && here.resolvedAt === null) {
      resolve.push({ id: comment.id, resolvedAt: comment.resolvedAt, resolvedBy: comment.resolvedBy });
      known.set(comment.id, { draftId, resolvedAt: comment.resolvedAt });
    }
  }
  return { refused: false, add, resolve };
}
