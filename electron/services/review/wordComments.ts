import { randomUUID } from 'node:crypto';
import type { ImportedComment } from '../../../shared/docx/wordComments';
import type { ServiceContext } from '../context';
import { commentRows } from './comments';

/** Shown beside the author's name, so the clerk sees the comment came from the Word file. */
export const WORD_COMMENT_UNIT = 'Word 批注';

const sameSecond = (a: string, b: string) => a.slice(0, 19) === b.slice(0, 19);

/**
 * Stores a .docx's comments as the draft's comments, kept with their author and time. A comment the
 * draft already has (same author, text and second: a copy that went out and came back) is not added twice.
 * Runs inside the import's transaction. Returns how many were added.
 */
export function storeWordComments(ctx: ServiceContext, draftId: string, revisionId: string, comments: readonly ImportedComment[]): number {
  const { db } = ctx;
  const existing = commentRows(db, draftId);
  const insert = db.prepare(
    `INSERT INTO comments (id, draft_id, thread_id, revision_id, anchor, body, author, author_unit, created_at, resolved_at, resolved_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const ids: string[] = [];
  let added = 0;
  for (const comment of comments) {
    const time = comment.time ?? ctx.now().toISOString();
    const threadId = comment.thread === undefined ? null : ids[comment.thread];
    const twin = existing.find(
      (row) =>
        row.author === comment.author && row.body === comment.body && sameSecond(row.created_at, time) && (row.thread_id === null) === (threadId === null),
    );
    if (twin) {
      ids.push(twin.id);
      continue;
    }
    const id = randomUUID();
    ids.push(id);
    const resolved = comment.thread === undefined && comment.resolved;
    insert.run(
      id,
      draftId,
      threadId,
      revisionId,
      comment.anchor && JSON.stringify(comment.anchor),
      comment.body,
      comment.author,
      WORD_COMMENT_UNIT,
      time,
      resolved ? time : null,
      resolved ? comment.author : null,
    );
    added += 1;
  }
  return added;
}
