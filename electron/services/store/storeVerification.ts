import type { Db } from '../../db/open';
import { foreignKeyProblems, integrityProblems } from '../../db/integrity';
import { damagedRecords, summedRowCount } from '../../db/rowSums/damagedRecords';
import type { DamagedRecord } from '../../db/rowSums/recordDamage';
import { ROW_SUMS_SINCE } from '../../db/rowSums/rowSums';
import { caseLinkProblems } from '../cases/caseLinks';
import { verifyRevisions, type DamagedRevision } from '../revisions/storeCheck';
import { findIdentityClashes } from '../revisions/identityClashes';
import { searchIndexProblems } from '../search/searchCheck';

/** Everything `dafu check` proves about a store, part by part. */
export interface StoreReport {
  /** SQLite's integrity check and the foreign-key check; when this fails for more than the search index, nothing else is read. */
  integrity: string[];
  /** The integrity problems lie only in the search index, which can be rebuilt from the drafts and cases. */
  integrityOnlyInSearch: boolean;
  /** Every row against its checksum; null for a file from before rows carried checksums. */
  rows: { checked: number; damaged: DamagedRecord[] } | null;
  /** Every revision rebuilt and proven against its content hash. */
  revisions: { checked: number; damaged: DamagedRevision[] };
  /** The search index against the drafts and cases it is made from. */
  search: string[];
  /** Links the foreign keys cannot see (a case's 正式答复). */
  links: string[];
}

/** Tables that are made from others and can be rebuilt from them: the search index. */
const DERIVED = /^(search_docs|search_stale|search_trigrams|search_grams|sqlite_autoindex_search_docs_\d+)/;

/** The tree, index or table an integrity message is about, when it names one. */
function subjectOf(problem: string, roots: ReadonlyMap<number, string>): string | undefined {
  const tree = /^Tree (\d+) page/.exec(problem);
  if (tree) return roots.get(Number(tree[1]));
  return (/FTS5 table (?:\w+\.)?(\w+)/.exec(problem) ??
    /^fts5: .* table "(\w+)"/.exec(problem) ??
    /\bindex (\w+)/.exec(problem) ??
    /\bin (\w+)\.\w+/.exec(problem))?.[1];
}

/** Whether SQLite's messages, read without the file at hand, all name the search index (a full-text index that does not read back). */
export function namesOnlySearch(problems: readonly string[]): boolean {
  return problems.length > 0 && problems.every((problem) => DERIVED.test(subjectOf(problem, new Map()) ?? ''));
}

/** Whether every integrity message is about the search index. */
function onlyInSearch(db: Db, problems: readonly string[]): boolean {
  try {
    const roots = new Map(
      (db.prepare('SELECT rootpage, name FROM sqlite_schema WHERE rootpage > 0').all() as { rootpage: number; name: string }[]).map((row) => [
        row.rootpage,
        row.name,
      ]),
    );
    return problems.every((problem) => DERIVED.test(subjectOf(problem, roots) ?? ''));
  } catch {
    return false;
  }
}

/** Proves a store part by part; `version` is the file's schema version (an older file is checked migrated, without row sums). */
/** The parts of a full check, in the order they run: the last reads every token of the search index, the longest by far. */
export const CHECK_STEPS = ['integrity', 'rows', 'revisions', 'links', 'search'] as const;
export type CheckStep = (typeof CHECK_STEPS)[number];

export function verifyStore(db: Db, version: number, onStep: (step: CheckStep) => void = () => {}): StoreReport {
  onStep('integrity');
  const integrity = integrityProblems(db);
  const integrityOnlyInSearch = integrity.length > 0 && onlyInSearch(db, integrity);
  const report: StoreReport = { integrity, integrityOnlyInSearch, rows: null, revisions: { checked: 0, damaged: [] }, search: [], links: [] };
  if (integrity.length > 0 && !integrityOnlyInSearch) return report;
  onStep('rows');
  if (version >= ROW_SUMS_SINCE) report.rows = { checked: summedRowCount(db), damaged: damagedRecords(db) };
  onStep('revisions');
  report.revisions = verifyRevisions(db);
  // A revision filed under one draft and named by another (a crafted package could once bring one in).
  report.revisions.damaged.push(...findIdentityClashes(db));
  // With the search index damaged, the integrity check stopped before the foreign keys: they are checked here.
  onStep('links');
  report.links = [...(integrityOnlyInSearch ? foreignKeyProblems(db) : []), ...caseLinkProblems(db)];
  if (integrity.length === 0) {
    onStep('search');
    try {
      report.search = searchIndexProblems(db);
    } catch (error) {
      report.search = [`搜索索引无法核对：${error instanceof Error ? error.message : String(error)}`];
    }
  }
  return report;
}

/** Damage to what the clerk wrote or decided, which only a backup can bring back. */
export function hasPrimaryDamage(report: StoreReport): boolean {
  return (
    (report.integrity.length > 0 && !report.integrityOnlyInSearch) ||
    (report.rows?.damaged.length ?? 0) > 0 ||
    report.revisions.damaged.length > 0 ||
    report.links.length > 0
  );
}

/** Damage only to the search index, which is rebuilt from the drafts and cases. */
export function hasSearchDamage(report: StoreReport): boolean {
  return report.integrityOnlyInSearch || report.search.length > 0;
}
