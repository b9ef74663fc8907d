import type { Database } from 'better-sqlite3';
import { caseKey } from '../../../shared/cases/caseKey';
import type { CaseKind } from '../../../shared/cases/caseModel';

/**
 * The plain text of a draft as SQL: its blocks' runs joined, a field run read from the draft's own
 * field values, paragraphs on separate lines. `row` is the row alias (`new` in a trigger).
 */
export function draftText(row: string): string {
  return `(SELECT group_concat(line, char(10) ORDER BY position) FROM (
      SELECT b.key AS position,
        (SELECT group_concat(
            CASE WHEN i.value ->> 't' = 'field' THEN json_extract(${row}.fields, '$.' || (i.value ->> 'name')) ELSE i.value ->> 'text' END,
            '' ORDER BY i.key)
         FROM json_each(b.value, '$.inlines') AS i) AS line
      FROM json_each(${row}.content, '$.blocks') AS b))`;
}

export function caseText(row: string): string {
  return `${row}.number || ' ' || ${row}.session || ' ' || ${row}.proposer || char(10) || ${row}.proposal_text`;
}

/**
 * Cases get the rest of their facts (proposal text, other units, 满意度, a duplicate key that reads
 * 第011号 and 11 alike) and deadline extensions. Search: every case and live draft has its plain
 * text in search_docs, kept by triggers so no service has to remember it. The indexes over it (a
 * trigram index for queries of three or more characters, a gram index for shorter ones, both
 * contentless) are brought up to date from search_stale just before a search, so a save never
 * pays for re-indexing a long letter.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE cases ADD COLUMN lead_unit TEXT NOT NULL DEFAULT '';
    ALTER TABLE cases ADD COLUMN other_units TEXT NOT NULL DEFAULT '';
    ALTER TABLE cases ADD COLUMN proposal_text TEXT NOT NULL DEFAULT '';
    ALTER TABLE cases ADD COLUMN satisfaction TEXT CHECK (satisfaction IN ('满意', '基本满意', '不满意'));
    ALTER TABLE cases ADD COLUMN case_key TEXT;
  `);
  const rows = db.prepare('SELECT id, kind, session, number FROM cases').all() as { id: string; kind: CaseKind; session: string; number: string }[];
  const setKey = db.prepare('UPDATE cases SET case_key = ? WHERE id = ?');
  for (const row of rows) setKey.run(caseKey(row.kind, row.session, row.number), row.id);
  db.exec(`
    CREATE INDEX cases_by_due ON cases(due_on);
    -- Covers the desk's look at each case's latest draft without reading the drafts' long content.
    CREATE INDEX drafts_by_case_latest ON drafts(case_id, deleted_at, updated_at, review_state);

    CREATE TABLE case_extensions (
      id INTEGER PRIMARY KEY,
      case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
      due_on TEXT NOT NULL,
      approved_on TEXT NOT NULL,
      reason TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX case_extensions_by_case ON case_extensions(case_id, approved_on);

    CREATE TABLE search_docs (
      id INTEGER PRIMARY KEY,
      type TEXT NOT NULL CHECK (type IN ('case', 'draft')),
      ref_id TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      title TEXT NOT NULL,
      body TEXT NOT NULL,
      UNIQUE (type, ref_id)
    ) STRICT;
    CREATE VIRTUAL TABLE search_trigrams USING fts5(title, body, content = '', contentless_delete = 1, tokenize = 'trigram');
    CREATE VIRTUAL TABLE search_grams USING fts5(grams, content = '', detail = none, contentless_delete = 1);
    CREATE TABLE search_stale (doc_id INTEGER PRIMARY KEY) STRICT;

    CREATE TRIGGER search_docs_inserted AFTER INSERT ON search_docs BEGIN
      INSERT INTO search_stale (doc_id) SELECT new.id WHERE NOT EXISTS (SELECT 1 FROM search_stale WHERE doc_id = new.id);
    END;
    CREATE TRIGGER search_docs_deleted AFTER DELETE ON search_docs BEGIN
      INSERT INTO search_stale (doc_id) SELECT old.id WHERE NOT EXISTS (SELECT 1 FROM search_stale WHERE doc_id = old.id);
    END;
    CREATE TRIGGER search_docs_updated AFTER UPDATE OF title, body ON search_docs BEGIN
      INSERT INTO search_stale (doc_id) SELECT new.id WHERE NOT EXISTS (SELECT 1 FROM search_stale WHERE doc_id = new.id);
    END;

    CREATE TRIGGER drafts_search_inserted AFTER INSERT ON drafts WHEN new.deleted_at IS NULL BEGIN
      INSERT INTO search_docs (type, ref_id, updated_at, title, body) VALUES ('draft', new.id, new.updated_at, new.title, coalesce(${draftText('new')}, ''));
    END;
    CREATE TRIGGER drafts_search_updated AFTER UPDATE OF title, content, fields, deleted_at ON drafts BEGIN
      DELETE FROM search_docs WHERE type = 'draft' AND ref_id = old.id AND new.deleted_at IS NOT NULL;
      INSERT INTO search_docs (type, ref_id, updated_at, title, body)
        SELECT 'draft', new.id, new.updated_at, new.title, coalesce(${draftText('new')}, '') WHERE new.deleted_at IS NULL
        ON CONFLICT (type, ref_id) DO UPDATE SET updated_at = excluded.updated_at, title = excluded.title, body = excluded.body
          WHERE title IS NOT excluded.title OR body IS NOT excluded.body;
    END;
    CREATE TRIGGER drafts_search_deleted AFTER DELETE ON drafts BEGIN
      DELETE FROM search_docs WHERE type = 'draft' AND ref_id = old.id;
    END;

    CREATE TRIGGER cases_search_inserted AFTER INSERT ON cases BEGIN
      INSERT INTO search_docs (type, ref_id, updated_at, title, body) VALUES ('case', new.id, new.updated_at, new.title, ${caseText('new')});
    END;
    CREATE TRIGGER cases_search_updated AFTER UPDATE OF title, number, session, proposer, proposal_text ON cases BEGIN
      UPDATE search_docs SET updated_at = new.updated_at, title = new.title, body = ${caseText('new')} WHERE type = 'case' AND ref_id = new.id;
    END;
    CREATE TRIGGER cases_search_deleted AFTER DELETE ON cases BEGIN
      DELETE FROM search_docs WHERE type = 'case' AND ref_id = old.id;
    END;

    CREATE UNIQUE INDEX cases_by_key ON cases(case_key);
    INSERT INTO search_docs (type, ref_id, updated_at, title, body)
      SELECT 'case', c.id, c.updated_at, c.title, ${caseText('c')} FROM cases AS c;
    INSERT INTO search_docs (type, ref_id, updated_at, title, body)
      SELECT 'draft', d.id, d.updated_at, d.title, coalesce(${draftText('d')}, '') FROM drafts AS d WHERE d.deleted_at IS NULL;
  `);
}
