import { searchForm } from '../../../shared/search/normalize';
import { shortGrams } from '../../../shared/search/shortGrams';
import type { Db } from '../../db/open';

/**
 * Triggers keep search_docs current and list changed documents in search_stale; the indexes over
 * search_docs (trigrams for queries of three or more characters, grams for shorter ones) are brought
 * up to date from there in batches, off the search path (indexMaintenance.ts). Each batch is one
 * transaction that also clears what it indexed from search_stale, so a batch cut short by closing
 * the app leaves its documents listed as stale and nothing is lost.
 */
export const BULK_CHANGE = 200;

/** What the full-text indexes hold for a document: its text in the folded form queries are folded to. */
export function indexedForms(title: string, body: string): { title: string; body: string; grams: string } {
  const folded = { title: searchForm(title), body: searchForm(body) };
  return { ...folded, grams: shortGrams(`${folded.title}\n${folded.body}`) };
}

export interface IndexProgress {
  indexed: number;
  left: number;
}

export function staleCount(db: Db): number {
  return db.prepare('SELECT count(*) FROM search_stale').pluck().get() as number;
}

/** Indexes stale documents, oldest first, until about `charBudget` characters are done (always at least one). */
export function indexStale(db: Db, charBudget: number): IndexProgress {
  const next = db.prepare(
    'SELECT s.doc_id AS id, d.title AS title, d.body AS body FROM search_stale AS s LEFT JOIN search_docs AS d ON d.id = s.doc_id ORDER BY s.doc_id LIMIT 1',
  );
  const removeTrigrams = db.prepare('DELETE FROM search_trigrams WHERE rowid = ?');
  const removeGrams = db.prepare('DELETE FROM search_grams WHERE rowid = ?');
  const addTrigrams = db.prepare('INSERT INTO search_trigrams (rowid, title, body) VALUES (?, ?, ?)');
  const addGrams = db.prepare('INSERT INTO search_grams (rowid, grams) VALUES (?, ?)');
  const done = db.prepare('DELETE FROM search_stale WHERE doc_id = ?');
  // Immediate: the write lock is taken before reading what is stale, so another process indexing the
  // same file (the CLI beside the app) waits its turn instead of failing on a changed snapshot.
  const indexed = db
    .transaction(() => {
      let chars = 0;
      let count = 0;
      while (count === 0 || chars < charBudget) {
        const doc = next.get() as { id: number; title: string | null; body: string | null } | undefined;
        if (!doc) break;
        removeTrigrams.run(doc.id);
        removeGrams.run(doc.id);
        if (doc.title !== null) {
          const forms = indexedForms(doc.title, doc.body ?? '');
          addTrigrams.run(doc.id, forms.title, forms.body);
          addGrams.run(doc.id, forms.grams);
          chars += doc.title.length + (doc.body ?? '').length;
        }
        done.run(doc.id);
        count += 1;
      }
      return count;
    })
    .immediate();
  return { indexed, left: staleCount(db) };
}

const MERGE_PAGES = 2000;

/**
 * One bounded step of merging the indexes' segments into one (an incremental 'optimize'): after a
 * bulk change, fewer segments make queries faster. Says whether there was work left to do.
 */
export function mergeStep(db: Db): boolean {
  const totalChanges = db.prepare('SELECT total_changes()').pluck();
  let worked = false;
  for (const table of ['search_trigrams', 'search_grams']) {
    const before = totalChanges.get() as number;
    db.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('merge', ?)`).run(-MERGE_PAGES);
    // SQLite's documented test: fewer than two changes means the merge found nothing to do.
    if ((totalChanges.get() as number) - before >= 2) worked = true;
  }
  return worked;
}

/** Everything at once, for one-shot work (the CLI, benchmarks, migration tests): indexes all that is stale. */
export function refreshIndexes(db: Db): number {
  const { indexed } = indexStale(db, Number.POSITIVE_INFINITY);
  if (indexed >= BULK_CHANGE)
    db.exec("INSERT INTO search_trigrams (search_trigrams) VALUES ('optimize'); INSERT INTO search_grams (search_grams) VALUES ('optimize');");
  return indexed;
}
