import type { Database } from 'better-sqlite3';
import { addSummedColumn, registerRowSums } from '../rowSums/rowSums';

/** A case's text for search (0003's caseText with the 附议人 after the 领衔): `row` is the row alias. */
export function caseSearchText(row: string): string {
  return `${row}.number || ' ' || ${row}.session || ' ' || ${row}.proposer
    || coalesce((SELECT ' ' || group_concat(value, ' ') FROM json_each(${row}.co_proposers)), '')
    || char(10) || ${row}.proposal_text`;
}

/**
 * A case has a 领衔 proposer (the `proposer` it always had) and any number of 附议 proposers, kept in
 * order as a JSON array of names; every case before has none, so its search text stays as it was.
 * Searching a 附议 proposer's name finds the case.
 */
export function up(db: Database): void {
  registerRowSums(db);
  addSummedColumn(db, 'cases', `co_proposers TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(co_proposers) AND json_type(co_proposers) = 'array')`);
  db.exec(`
    DROP TRIGGER cases_search_inserted;
    DROP TRIGGER cases_search_updated;
    CREATE TRIGGER cases_search_inserted AFTER INSERT ON cases BEGIN
      INSERT INTO search_docs (type, ref_id, updated_at, title, body) VALUES ('case', new.id, new.updated_at, new.title, ${caseSearchText('new')});
    END;
    CREATE TRIGGER cases_search_updated AFTER UPDATE OF title, number, session, proposer, co_proposers, proposal_text ON cases BEGIN
      UPDATE search_docs SET updated_at = new.updated_at, title = new.title, body = ${caseSearchText('new')} WHERE type = 'case' AND ref_id = new.id;
    END;
  `);
}
