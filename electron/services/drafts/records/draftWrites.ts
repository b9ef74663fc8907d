import type { LetterDocument } from '../../../../shared/model/document';
import type { FieldValues } from '../../../../shared/fields/fieldDefinition';
import type { ReviewState } from '../../../../shared/model/draft';
import type { Db } from '../../../db/open';

/*
 * The drafts table is written here and in the other files of the drafts domain only; the other
 * domains change a draft through these functions, so a draft's columns keep the meaning the drafts
 * domain gives them (see draftsTableOwner.test.ts). None of them opens a transaction: call them
 * inside the caller's, together with the revision or log entry the change belongs to.
 */

/**
 * Makes `revisionId` the draft's head when that revision holds the working copy exactly as it is
 * (a checkpoint, or the working copy kept as a revision): the working copy and its sequence number
 * stay, so an editor holding it saves on as before.
 */
export function moveHead(db: Db, draftId: string, revisionId: string): void {
  db.prepare('UPDATE drafts SET head_revision_id = ?, working_changed_at = NULL WHERE id = ?').run(revisionId, draftId);
}

/** A revision's text with the title and size the draft list shows for it (from `describeLetter`). */
export interface HeadText {
  revisionId: string;
  content: LetterDocument;
  fields: FieldValues;
  title: string;
  chars: number;
}

/**
 * Replaces the working copy with the text of a new head revision (a restore, a merge). The working
 * sequence moves on, so an editor still holding the old working copy saves a parallel line instead of
 * overwriting the new text.
 */
export function replaceWorkingCopy(db: Db, draftId: string, head: HeadText, time: string): void {
  db.prepare(
    `UPDATE drafts SET content = ?, fields = ?, title = ?, chars = ?, working_seq = working_seq + 1, head_revision_id = ?,
       working_changed_at = NULL, updated_at = ? WHERE id = ?`,
  ).run(JSON.stringify(head.content), JSON.stringify(head.fields), head.title, head.chars, head.revisionId, time, draftId);
}

/**
 * As `replaceWorkingCopy`, for a new head that changed only the field values (new case facts): the
 * stored letter text is left exactly as it is.
 */
export function replaceWorkingFields(db: Db, draftId: string, head: Omit<HeadText, 'content'>, time: string): void {
  db.prepare(
    `UPDATE drafts SET fields = ?, title = ?, chars = ?, head_revision_id = ?, working_seq = working_seq + 1,
       working_changed_at = NULL, updated_at = ? WHERE id = ?`,
  ).run(JSON.stringify(head.fields), head.title, head.chars, head.revisionId, time, draftId);
}

/** Records the draft's review state after a step of the review (the step itself is in the review log). */
export function setReviewState(db: Db, draftId: string, state: ReviewState, time: string): void {
  db.prepare('UPDATE drafts SET review_state = ?, updated_at = ? WHERE id = ?').run(state, time, draftId);
}

/** Files the draft under a case (a reply made for it); the draft's own times are left as they are. */
export function linkToCase(db: Db, draftId: string, caseId: string): void {
  db.prepare('UPDATE drafts SET case_id = ? WHERE id = ?').run(caseId, draftId);
}
