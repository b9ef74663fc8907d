import type { Database } from 'better-sqlite3';
import { recordLabel, type DamagedRecord } from './recordDamage';
import { damagedColumns, registerRowSums, type SummedTable } from './rowSums';

/** Every stored row that belongs to one draft: the draft, its history, its review and its case. */
const DRAFT_ROWS: readonly [SummedTable, string][] = [
  ['drafts', 'SELECT * FROM drafts WHERE id = @draftId'],
  ['revisions', 'SELECT * FROM revisions WHERE draft_id = @draftId'],
  ['revision_parents', 'SELECT p.* FROM revision_parents AS p JOIN revisions AS r ON r.id = p.revision_id WHERE r.draft_id = @draftId'],
  ['revision_tombstones', 'SELECT * FROM revision_tombstones WHERE draft_id = @draftId'],
  ['comments', 'SELECT * FROM comments WHERE draft_id = @draftId'],
  ['review_events', 'SELECT * FROM review_events WHERE draft_id = @draftId'],
  ['pending_merges', 'SELECT * FROM pending_merges WHERE draft_id = @draftId'],
  ['cases', 'SELECT c.* FROM cases AS c JOIN drafts AS d ON d.case_id = c.id WHERE d.id = @draftId'],
  ['case_extensions', 'SELECT e.* FROM case_extensions AS e JOIN drafts AS d ON d.case_id = e.case_id WHERE d.id = @draftId'],
  ['doc_numbers', 'SELECT * FROM doc_numbers WHERE draft_id = @draftId'],
  ['settings', "SELECT * FROM settings WHERE key IN ('revisions.shared.' || @draftId, 'proofreadIgnored:' || @draftId, 'proofreadDecisions:' || @draftId)"],
];

/**
 * The draft's rows that no longer match their checksums, wherever they are: what a package of the
 * draft would carry, and what a backup must hold sound to recover the draft from it.
 */
export function draftRecordDamage(db: Database, draftId: string): DamagedRecord[] {
  registerRowSums(db);
  return DRAFT_ROWS.flatMap(([table, sql]) =>
    (db.prepare(sql).all({ draftId }) as Record<string, unknown>[]).flatMap((row) => {
      const columns = damagedColumns(db, table, row);
      return columns.length === 0 ? [] : [{ table, key: String(row.id ?? row.key ?? row.revision_id ?? ''), label: recordLabel(table, row, columns), columns }];
    }),
  );
}
