import type { Database } from 'better-sqlite3';
import { addSummedColumn, registerRowSums } from '../rowSums/rowSums';

/**
 * 提交审核 to chosen reviewers (审核通过 to a signer): a review event can name whom it was sent to,
 * signed with it (null for every event before). The notices a drafter has read (退回, 审核通过,
 * 签发 of their drafts) are kept so the inbox stops showing them.
 */
export function up(db: Database): void {
  registerRowSums(db);
  addSummedColumn(db, 'review_events', 'sent_to TEXT');
  db.exec(`
    CREATE TABLE notices_read (
      event_id TEXT PRIMARY KEY REFERENCES review_events(id) ON DELETE CASCADE,
      read_at TEXT NOT NULL
    ) STRICT;
  `);
}
