import { ApiError } from '../../shared/api/errors';
import type { FieldValues } from '../../shared/fields/fieldDefinition';
import type { LetterDocument } from '../../shared/model/document';
import type { ServiceContext } from './context';
import type { DraftRow } from './draftRecords';
import { getRevision, insertRevision, snapshotHash, type Snapshot } from './revisionStore';

const LOCKED_STATES = new Set(['signed', 'issued']);

/** 已签发 locks a draft's line: `action` names what the clerk tried, e.g. 「修改」「恢复旧版本」. */
export function assertEditable(row: DraftRow, action: string): void {
  if (LOCKED_STATES.has(row.review_state)) throw new ApiError('forbidden', `这份答复已签发，正文已锁定。如需${action}，请先撤回签发。`);
}

export function readWorkingCopy(row: DraftRow): Snapshot {
  return { content: JSON.parse(row.content) as LetterDocument, fields: JSON.parse(row.fields) as FieldValues };
}

/**
 * Keeps the working copy as an automatic revision when it differs from the head, and makes that the
 * head; returns the head either way. Call inside the transaction that goes on to change the draft.
 */
export function cutWorkingCopy(ctx: ServiceContext, row: DraftRow, note?: string): string {
  const working = readWorkingCopy(row);
  if (snapshotHash(working) === getRevision(ctx.db, row.head_revision_id).hash) return row.head_revision_id;
  const revision = insertRevision(ctx.db, {
    draftId: row.id,
    kind: 'auto',
    parents: [row.head_revision_id],
    author: ctx.author,
    time: ctx.now().toISOString(),
    note,
    ...working,
    chars: row.chars,
  });
  ctx.db.prepare('UPDATE drafts SET head_revision_id = ?, working_changed_at = NULL WHERE id = ?').run(revision.id, row.id);
  return revision.id;
}
