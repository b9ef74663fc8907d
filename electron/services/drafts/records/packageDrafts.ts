import type { ReviewState } from '../../../../shared/model/draft';
import type { PackageRevision, Payload } from '../../../../shared/review/packageFormat';
import type { Db } from '../../../db/open';
import { readSnapshot } from '../../revisions/graph/revisionStore';
import { describeLetter, type DraftRow } from './draftRecords';
import { replaceWorkingCopy, setReviewState } from './draftWrites';

/*
 * The drafts-table changes a .dafu package makes: a draft that arrives for the first time, and a
 * draft whose line the package moves. Call them inside the import's transaction.
 */

/**
 * Creates the draft a package carries, as it is on the other PC: its id, name, template, review
 * state and creation time, its working copy the text of the package's head. Returns the title the
 * letter gives it.
 */
export function insertArrivedDraft(db: Db, draft: Payload['draft'], head: Pick<PackageRevision, 'content' | 'fields'>, time: string): string {
  const { title, chars } = describeLetter(head.content, draft.fieldDefinitions, head.fields);
  db.prepare(
    `INSERT INTO drafts (id, title, name, template_id, field_definitions, fields, content, chars, head_revision_id, review_state, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    draft.id,
    title,
    draft.name,
    draft.templateId,
    JSON.stringify(draft.fieldDefinitions),
    JSON.stringify(head.fields),
    JSON.stringify(head.content),
    chars,
    draft.headRevisionId,
    draft.reviewState,
    draft.createdAt,
    time,
  );
  return title;
}

/** Makes the stored revision `revisionId` the draft's head and working copy, in review state `state`: the package's line became current. */
export function takeArrivedHead(db: Db, row: DraftRow, revisionId: string, state: ReviewState, time: string): void {
  const snapshot = readSnapshot(db, revisionId);
  const { title, chars } = describeLetter(snapshot.content, JSON.parse(row.field_definitions), snapshot.fields);
  replaceWorkingCopy(db, row.id, { revisionId, ...snapshot, title, chars }, time);
  setReviewState(db, row.id, state, time);
}
