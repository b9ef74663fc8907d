import { ApiError } from '../../../../shared/api/errors';
import { FieldValuesSchema } from '../../../../shared/fields/fieldDefinition';
import { LetterDocumentSchema } from '../../../../shared/model/document';
import type { ServiceContext } from '../../context';
import type { DraftRow } from './draftRecords';
import { moveHead } from './draftWrites';
import { getRevision, insertRevision, snapshotHash, type Snapshot } from '../../revisions/graph/revisionStore';

const LOCKED_STATES = new Set(['signed', 'issued']);

/** 已签发 locks a draft's line: `action` names what the clerk tried, e.g. 「修改」「恢复旧版本」. */
export function assertEditable(row: DraftRow, action: string): void {
  if (LOCKED_STATES.has(row.review_state)) throw new ApiError('forbidden', `这份答复已签发，正文已锁定。如需${action}，请先撤回签发。`);
}

export const DAMAGED_WORKING_COPY =
  '这份草稿正在编辑的内容已损坏，无法打开；已保存的各个版本不受影响。请在版本记录中恢复最近的版本，或运行 dafu check 查看详情。';

/** The working copy as stored, proven to be a letter: a damaged one is a clear error, never garbage in the editor. */
export function readWorkingCopy(row: DraftRow): Snapshot {
  try {
    return { content: LetterDocumentSchema.parse(JSON.parse(row.content)), fields: FieldValuesSchema.parse(JSON.parse(row.fields)) };
  } catch {
    throw new ApiError('conflict', DAMAGED_WORKING_COPY);
  }
}

/**
 * Keeps the working copy as an automatic revision when it differs from the head, and makes that the
 * head; returns the head either way. Call inside the transaction that goes on to change the draft.
 */
export function cutWorkingCopy(ctx: ServiceContext, row: DraftRow, note?: string): string {
  let working: Snapshot;
  try {
    working = readWorkingCopy(row);
  } catch {
    return row.head_revision_id; // a damaged working copy holds nothing worth keeping; the head is the last good text
  }
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
  moveHead(ctx.db, row.id, revision.id);
  return revision.id;
}
