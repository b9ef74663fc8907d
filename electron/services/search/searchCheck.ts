import Database from 'better-sqlite3';
import type { Db } from '../../db/open';
import { caseSearchText } from '../../db/migrations/0015-co-proposers';
import { draftSearchTextSql } from '../../db/searchFeed/searchFeed';
import { indexedForms } from './searchIndex';

/**
 * The search index is derived: search_docs from the drafts (as they print) and cases (by triggers), the full-text
 * indexes from search_docs (at idle). This proves both against what feeds them; what is still
 * listed stale is not yet indexed and is left out. Returns what differs, in Chinese; empty when
 * the index is exactly what its sources make.
 */
export function searchIndexProblems(db: Db): string[] {
  return [...searchDocsProblems(db), ...fullTextProblems(db)];
}

/** What the triggers make of every live draft and every case; one SELECT, so it can stand on either side of EXCEPT. */
const EXPECTED_DOCS = `SELECT * FROM (
  SELECT 'draft' AS type, d.id AS ref_id, coalesce(d.name, d.title) AS title, coalesce(${draftSearchTextSql('d')}, '') AS body FROM drafts AS d WHERE d.deleted_at IS NULL
  UNION ALL
  SELECT 'case', c.id, c.title, ${caseSearchText('c')} FROM cases AS c)`;

function searchDocsProblems(db: Db): string[] {
  const missing = db.prepare(`SELECT count(*) FROM (${EXPECTED_DOCS} EXCEPT SELECT type, ref_id, title, body FROM search_docs)`).pluck().get() as number;
  const extra = db.prepare(`SELECT count(*) FROM (SELECT type, ref_id, title, body FROM search_docs EXCEPT ${EXPECTED_DOCS})`).pluck().get() as number;
  const problems: string[] = [];
  if (missing > 0) problems.push(`搜索用的文字中有 ${missing} 条与草稿或案件不一致或缺失`);
  if (extra > 0) problems.push(`搜索用的文字中有 ${extra} 条不属于任何草稿或案件`);
  return problems;
}

/** A digest per document of every token the index holds for it: term, column and position. */
type Digests = Map<number, { count: number; sum: number }>;

const PRIME = 2147483647;
/** A term's first three characters as one number below PRIME (the terms are trigrams, or grams of one or two). */
const termCode = `((unicode(term) * 1000003 + ifnull(unicode(substr(term, 2, 1)), 0)) % ${PRIME} * 1000003 + ifnull(unicode(substr(term, 3, 1)), 0) + length(term)) % ${PRIME}`;
/** Multiplied by the position, so two tokens that trade places change the sum; every product stays within 64 bits. */
const instanceCode = `(${termCode} * (ifnull(offset, 0) * 2 + (col IS 'body') + 1)) % ${PRIME}`;

/** The index's token instances as a temporary table for the duration of `read`. */
function withVocab<T>(db: Db, table: string, read: (vocab: string) => T): T {
  const vocab = `dafu_check_${table}`;
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.${vocab} USING fts5vocab(main, '${table}', 'instance')`);
  try {
    return read(`temp.${vocab}`);
  } finally {
    db.exec(`DROP TABLE IF EXISTS temp.${vocab}`);
  }
}

/** One digest of the whole index, stale documents left out: comparing two costs a pass over each, no sorting. */
function wholeDigest(db: Db, table: string, stale: string): string {
  return withVocab(db, table, (vocab) => {
    // Exact: the sum passes 2^53, where a JavaScript number would round it.
    const [count, sum] = db
      .prepare(`SELECT count(*), coalesce(sum(${instanceCode}), 0) FROM ${vocab} WHERE doc NOT IN (${stale})`)
      .safeIntegers(true)
      .raw()
      .get() as [bigint, bigint];
    return `${count}:${sum}`;
  });
}

/** A digest per document, summed in SQL: tens of millions of token instances never cross into JavaScript. */
function digests(db: Db, table: string): Digests {
  return withVocab(db, table, (vocab) => {
    const rows = db.prepare(`SELECT doc, count(*), sum(${instanceCode}) FROM ${vocab} GROUP BY doc`).raw().all() as [number, number, number][];
    return new Map(rows.map(([doc, count, sum]) => [doc, { count, sum }]));
  });
}

/**
 * Rebuilds the full-text indexes of the fresh (not stale) documents in memory, the way the app
 * indexes them, and compares every token with what the stored indexes hold.
 */
function fullTextProblems(db: Db): string[] {
  const docs = db.prepare('SELECT id, title, body FROM search_docs WHERE id NOT IN (SELECT doc_id FROM search_stale) ORDER BY id').all() as {
    id: number;
    title: string;
    body: string;
  }[];
  const stale = new Set(db.prepare('SELECT doc_id FROM search_stale').pluck().all() as number[]);
  const expected = new Database(':memory:');
  try {
    for (const table of ['search_trigrams', 'search_grams']) {
      const sql = db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').pluck().get(table) as string;
      expected.exec(sql);
    }
    const trigrams = expected.prepare('INSERT INTO search_trigrams (rowid, title, body) VALUES (?, ?, ?)');
    const grams = expected.prepare('INSERT INTO search_grams (rowid, grams) VALUES (?, ?)');
    expected.transaction(() => {
      for (const doc of docs) {
        const forms = indexedForms(doc.title, doc.body);
        trigrams.run(doc.id, forms.title, forms.body);
        grams.run(doc.id, forms.grams);
      }
    })();
    const problems: string[] = [];
    for (const [table, label] of [
      ['search_trigrams', '三字以上的搜索索引'],
      ['search_grams', '一两个字的搜索索引'],
    ] as const) {
      // Documents are told apart (a sort of every token) only when the whole index differs.
      if (wholeDigest(db, table, 'SELECT doc_id FROM search_stale') === wholeDigest(expected as Db, table, 'SELECT NULL WHERE 0')) continue;
      const stored = digests(db, table);
      const made = digests(expected as Db, table);
      let differing = 0;
      for (const id of new Set([...stored.keys(), ...made.keys()])) {
        // A stale document is indexed at idle, maybe not yet: anything else the index holds must be exactly what its text makes.
        if (stale.has(id)) continue;
        const a = stored.get(id);
        const b = made.get(id);
        if (a?.count !== b?.count || a?.sum !== b?.sum) differing += 1;
      }
      if (differing > 0) problems.push(`${label}中有 ${differing} 条与搜索用的文字不一致`);
    }
    return problems;
  } finally {
    expected.close();
  }
}
