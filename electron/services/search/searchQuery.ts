import { rawForms, searchForm } from '../../../shared/search/normalize';
import { isGramQuery } from '../../../shared/search/shortGrams';
import { makeSnippet, type Snippet } from '../../../shared/search/snippet';
import type { SearchHit } from '../../../shared/api/caseCalls';
import type { Db } from '../../db/open';
import { SEARCH_FORM } from '../../db/searchFeed/searchFeed';

/**
 * How many not-yet-indexed documents a search reads itself (newest first) while the index catches
 * up after a bulk change; beyond that the answer says it may be incomplete.
 */
export const STALE_SCAN_LIMIT = 30;

/** A stale document's indexed entry is out of date (or gone): the scan of stale documents reads it instead. */
const FRESH = 'NOT IN (SELECT doc_id FROM search_stale)';
/** The indexes hold the folded text (searchIndex.ts); a scan folds as it reads. `@folded` is the folded query. */
const IN_TITLE = `instr(${SEARCH_FORM}(d.title), @folded)`;
const CONTAINS = `${IN_TITLE} > 0 OR instr(${SEARCH_FORM}(d.body), @folded) > 0`;

/** Preparing costs about as much as running a small query, so each store's statements are prepared once. */
function prepareAll(db: Db) {
  return {
    // Only rowids and scores leave the index: sorting them here beats joining every match to search_docs.
    trigrams: db.prepare(`SELECT rowid, bm25(search_trigrams, 10.0, 1.0) FROM search_trigrams WHERE search_trigrams MATCH ? AND rowid ${FRESH}`).raw(),
    grams: db
      .prepare(
        `SELECT d.id, count(*) OVER () FROM search_grams AS g JOIN search_docs AS d ON d.id = g.rowid
         WHERE search_grams MATCH @match AND g.rowid ${FRESH} ORDER BY ${IN_TITLE} = 0, d.updated_at DESC LIMIT @limit`,
      )
      .raw(),
    // Reads the text as stored, a plain find for each way the query can be written there: folding every letter would take seconds.
    scan: db
      .prepare(
        `SELECT d.id, count(*) OVER () FROM search_docs AS d WHERE EXISTS (SELECT 1 FROM json_each(@forms) AS f WHERE instr(d.title, f.value) > 0 OR instr(d.body, f.value) > 0)
         ORDER BY NOT EXISTS (SELECT 1 FROM json_each(@forms) AS f WHERE instr(d.title, f.value) > 0), d.updated_at DESC LIMIT @limit`,
      )
      .raw(),
    newestStale: db.prepare('SELECT doc_id FROM search_stale ORDER BY doc_id DESC LIMIT ?').pluck(),
    staleHits: db
      .prepare(
        `SELECT d.id, ${IN_TITLE} > 0 FROM search_docs AS d WHERE d.id IN (SELECT value FROM json_each(@ids)) AND (${CONTAINS}) ORDER BY d.updated_at DESC`,
      )
      .raw(),
    heads: db.prepare('SELECT id, type, ref_id AS refId, title, body FROM search_docs WHERE id IN (SELECT value FROM json_each(?))'),
  };
}

type Statements = ReturnType<typeof prepareAll>;
const prepared = new WeakMap<Db, Statements>();

function statementsOf(db: Db): Statements {
  let statements = prepared.get(db);
  if (!statements) prepared.set(db, (statements = prepareAll(db)));
  return statements;
}

interface Found {
  /** Ids in search_docs, best first: at most the page asked for. */
  ids: number[];
  total: number;
}

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

function idsWithTotal(rows: [number, number][]): Found {
  return { ids: rows.map(([id]) => id), total: rows[0]?.[1] ?? 0 };
}

/**
 * Which indexed documents hold the query, best first. Three or more characters: the trigram index
 * ranked by bm25 (a title hit weighs ten times a body hit). One or two letters or digits: the gram
 * index, a title hit first, then the most recent. One or two other characters (「、」, 「（1」):
 * rare, so a scan of every document, stale ones included.
 */
function findIndexed(s: Statements, folded: string, limit: number): Found {
  if (isGramQuery(folded)) return idsWithTotal(s.grams.all({ match: quoted(folded), folded, limit }) as [number, number][]);
  if ([...folded].length < 3) return idsWithTotal(s.scan.all({ forms: JSON.stringify(rawForms(folded) ?? [folded]), limit }) as [number, number][]);
  const rows = s.trigrams.all(quoted(folded)) as [number, number][];
  rows.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  return { ids: rows.slice(0, limit).map(([id]) => id), total: rows.length };
}

/** The newest stale documents that hold the query, title hits first; `more` when stale ones were left unread. */
function scanStale(s: Statements, folded: string): { titleHits: number[]; bodyHits: number[]; more: boolean } {
  const stale = s.newestStale.all(STALE_SCAN_LIMIT + 1) as number[];
  if (stale.length === 0) return { titleHits: [], bodyHits: [], more: false };
  const scanned = stale.slice(0, STALE_SCAN_LIMIT);
  const rows = s.staleHits.all({ folded, ids: JSON.stringify(scanned) }) as [number, number][];
  return {
    titleHits: rows.filter(([, title]) => title).map(([id]) => id),
    bodyHits: rows.filter(([, title]) => !title).map(([id]) => id),
    more: stale.length > scanned.length,
  };
}

interface DocHead {
  id: number;
  type: 'case' | 'draft';
  refId: string;
  title: string;
  body: string;
}

/** The line around the first match in the text, else in the title (a hit on the name alone). */
function snippetOf(head: DocHead, query: string): Snippet {
  const inBody = makeSnippet(head.body, query);
  return inBody.match ? inBody : makeSnippet(head.title, query);
}

export interface SearchAnswer {
  total: number;
  hits: SearchHit[];
  /** Documents changed in bulk are still being indexed, more of them than a search reads itself: hits may be missing. */
  incomplete: boolean;
}

/**
 * Finds which documents hold the query, best first, from what is indexed plus a bounded scan of
 * what is not yet (its title hits first, its body hits after the indexed ones), and builds
 * snippets only for the page of hits returned.
 */
export function searchDocuments(db: Db, query: string, limit: number): SearchAnswer {
  const s = statementsOf(db);
  const folded = searchForm(query);
  if (folded === '') return { total: 0, hits: [], incomplete: false };
  const indexed = findIndexed(s, folded, limit);
  // The scan of every document (one or two characters that are not letters or digits) reads stale ones already.
  const scansEverything = !isGramQuery(folded) && [...folded].length < 3;
  const pending = scansEverything ? { titleHits: [], bodyHits: [], more: false } : scanStale(s, folded);
  const ids = [...pending.titleHits, ...indexed.ids, ...pending.bodyHits].slice(0, limit);
  const heads = new Map((s.heads.all(JSON.stringify(ids)) as DocHead[]).map((head) => [head.id, head]));
  const hits = ids.flatMap((id) => {
    const head = heads.get(id);
    if (!head) return [];
    const snippet = snippetOf(head, query);
    return [{ type: head.type, id: head.refId, title: head.title, snippet: snippet.text, match: snippet.match }];
  });
  return { total: indexed.total + pending.titleHits.length + pending.bodyHits.length, hits, incomplete: pending.more };
}
