import { isGramQuery, shortGrams } from '../../shared/search/shortGrams';
import { SNIPPET_RADIUS, makeSnippet, snippetFrom } from '../../shared/search/snippet';
import type { SearchHit } from '../../shared/cases/caseCalls';
import type { Db } from '../db/open';

/**
 * Triggers keep search_docs current and list changed documents in search_stale; the indexes are
 * brought up to date here, just before a query reads them. A save thus never waits for a long
 * letter to be re-indexed, and the gram index (cut in JS) needs no SQL function in the triggers.
 */
const BULK_CHANGE = 200;

export function refreshIndexes(db: Db): number {
  const stale = db
    .prepare('SELECT s.doc_id AS id, d.title AS title, d.body AS body FROM search_stale AS s LEFT JOIN search_docs AS d ON d.id = s.doc_id')
    .all() as { id: number; title: string | null; body: string | null }[];
  if (stale.length === 0) return 0;
  const bulk = stale.length >= BULK_CHANGE;
  const removeTrigrams = db.prepare('DELETE FROM search_trigrams WHERE rowid = ?');
  const removeGrams = db.prepare('DELETE FROM search_grams WHERE rowid = ?');
  const addTrigrams = db.prepare('INSERT INTO search_trigrams (rowid, title, body) VALUES (?, ?, ?)');
  const addGrams = db.prepare('INSERT INTO search_grams (rowid, grams) VALUES (?, ?)');
  const done = db.prepare('DELETE FROM search_stale WHERE doc_id = ?');
  db.transaction(() => {
    for (const doc of stale) {
      removeTrigrams.run(doc.id);
      removeGrams.run(doc.id);
      if (doc.title !== null) {
        addTrigrams.run(doc.id, doc.title, doc.body);
        addGrams.run(doc.id, shortGrams(`${doc.title}\n${doc.body}`));
      }
      done.run(doc.id);
    }
    // After a bulk change (an upgrade, a large import) merge the index's segments: smaller and faster.
    if (bulk) db.exec("INSERT INTO search_trigrams (search_trigrams) VALUES ('optimize'); INSERT INTO search_grams (search_grams) VALUES ('optimize');");
  })();
  return stale.length;
}

interface Candidate {
  id: number;
  type: 'case' | 'draft';
  refId: string;
  title: string;
}

type Counted = Candidate & { total: number };

/** The total comes with the first rows (a window count), so the index is read once per query. */
function counted(rows: Counted[]): { total: number; candidates: Candidate[] } {
  return { total: rows[0]?.total ?? 0, candidates: rows.map(({ total: _total, ...candidate }) => candidate) };
}

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

const CANDIDATE_COLUMNS = 'd.id AS id, d.type AS type, d.ref_id AS refId, d.title AS title';

/** Finds which documents hold the query, best first: the index that can answer it, else a scan. */
function findCandidates(db: Db, query: string, limit: number): { total: number; candidates: Candidate[] } {
  const lower = query.toLowerCase();
  if (isGramQuery(query)) {
    // The gram index says only which documents hold the query; a title hit ranks first, then the most recent.
    const from = 'FROM search_grams AS g JOIN search_docs AS d ON d.id = g.rowid WHERE search_grams MATCH ?';
    return counted(db.prepare(`SELECT ${CANDIDATE_COLUMNS}, count(*) OVER () AS total ${from} ORDER BY instr(lower(d.title), ?) = 0, d.updated_at DESC LIMIT ?`).all(quoted(lower), lower, limit) as Counted[]);
  }
  if ([...query].length >= 3) {
    const from = 'FROM search_trigrams AS t JOIN search_docs AS d ON d.id = t.rowid WHERE search_trigrams MATCH ?';
    const scored = `SELECT ${CANDIDATE_COLUMNS}, bm25(search_trigrams, 10.0, 1.0) AS score ${from}`;
    return counted(db.prepare(`SELECT id, type, refId, title, count(*) OVER () AS total FROM (${scored}) ORDER BY score LIMIT ?`).all(quoted(query), limit) as Counted[]);
  }
  // One or two characters that are not letters or digits (「、」, 「（1」): rare, so a scan is fine.
  const where = 'WHERE instr(lower(d.title), ?) > 0 OR instr(lower(d.body), ?) > 0';
  return {
    total: db.prepare(`SELECT count(*) FROM search_docs AS d ${where}`).pluck().get(lower, lower) as number,
    candidates: db.prepare(`SELECT ${CANDIDATE_COLUMNS} FROM search_docs AS d ${where} ORDER BY instr(lower(d.title), ?) = 0, d.updated_at DESC LIMIT ?`).all(lower, lower, lower, limit) as Candidate[],
  };
}

/**
 * Only the stretch around the match leaves SQLite: a letter can run to 30,000 characters. The
 * case-folded search (for Latin letters) runs only when the exact one finds nothing.
 */
const WINDOW_SQL = `
  SELECT substr(body, max(1, at - ${SNIPPET_RADIUS}), @length + ${2 * SNIPPET_RADIUS} + 1) AS window, at
  FROM (SELECT body, coalesce(nullif(instr(body, @query), 0), instr(lower(body), @lower)) AS at FROM search_docs WHERE id = @id)`;

export function searchDocuments(db: Db, query: string, limit: number): { total: number; hits: SearchHit[] } {
  refreshIndexes(db);
  const { total, candidates } = findCandidates(db, query, limit);
  const windowOf = db.prepare(WINDOW_SQL);
  const length = [...query].length;
  const hits = candidates.map(({ id, type, refId, title }) => {
    const { window, at } = windowOf.get({ length, query, lower: query.toLowerCase(), id }) as { window: string; at: number };
    const start = Math.max(1, at - SNIPPET_RADIUS);
    // One character more than shown is asked for: when it came back, the text goes on after the snippet.
    const chars = [...window];
    const wanted = length + 2 * SNIPPET_RADIUS - (at - SNIPPET_RADIUS < 1 ? 1 - (at - SNIPPET_RADIUS) : 0);
    const goesOn = chars.length > wanted;
    const shown = goesOn ? chars.slice(0, wanted).join('') : window;
    const snippet =
      at === 0 && title.toLowerCase().includes(query.toLowerCase())
        ? makeSnippet(title, query)
        : snippetFrom(shown, query, start > 1, goesOn);
    return { type, id: refId, title, snippet: snippet.text, match: snippet.match };
  });
  return { total, hits };
}
