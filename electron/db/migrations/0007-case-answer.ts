import type { Database } from 'better-sqlite3';

/**
 * The case records which of its drafts is its 正式答复 (or 正式意见 when the bureau is 协办/会办):
 * the case owns the choice, and its status mirrors that draft. Empty means "the most recently
 * worked-on candidate"; purging the draft clears it.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE cases ADD COLUMN answer_draft_id TEXT REFERENCES drafts(id) ON DELETE SET NULL;
    CREATE INDEX cases_by_answer_draft ON cases(answer_draft_id);
  `);
}
