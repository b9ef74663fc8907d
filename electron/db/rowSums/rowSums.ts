import { hash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { DamagedRecordError } from './recordDamage';

/**
 * A local checksum on every stored row whose bytes can reach a letter or a decision. A revision's
 * content hash stays its identity between PCs; this sum is this file's own, and covers every column
 * of the row, ids and links included, so a row moved to another draft by a flipped byte is caught.
 *
 * The sum is one short digest per column, in column order, so a damaged row also says which of its
 * columns no longer match (the working copy, the review state…). Triggers keep it current wherever
 * the app writes a row; an update that leaves a damaged column as it is, is refused, so no write
 * ever makes damaged bytes look sound.
 */
/** The tables there were when row sums came (migration 8). */
export const SUMMED_SINCE_8 = [
  'drafts',
  'revisions',
  'revision_parents',
  'revision_tombstones',
  'comments',
  'review_events',
  'pending_merges',
  'cases',
  'case_extensions',
  'settings',
  'own_templates',
  'doc_numbers',
] as const;
/** The tables signed approvals added (migration 9), summed by migration 10. */
export const SUMMED_SINCE_10 = ['local_keys', 'key_lists', 'trust_log', 'revision_signatures'] as const;
/** The sync bookkeeping that moved out of settings into tables of its own (migration 14). */
export const SUMMED_SINCE_14 = ['draft_events', 'case_events', 'revisions_on_server'] as const;
/** The 彻底删除 tombstones that moved out of settings (migration 16). */
export const SUMMED_SINCE_16 = ['draft_tombstones'] as const;
export const SUMMED_TABLES = [...SUMMED_SINCE_8, ...SUMMED_SINCE_10, ...SUMMED_SINCE_14, ...SUMMED_SINCE_16] as const;
export type SummedTable = (typeof SUMMED_TABLES)[number];

/** The schema version that added row sums; older files (and their backups) have none yet. */
export const ROW_SUMS_SINCE = 8;

const SUM = 'dafu_row_sum';
const NEXT_SUM = 'dafu_next_row_sum';
/** Hex digits per column: a damaged column goes unnoticed with odds of 1 in 2^32. */
const PART = 8;

/** One-shot digests (the same bytes as hashing the parts in turn): each list and check sums tens of thousands of columns. */
function columnSum(table: string, index: number, value: unknown): string {
  const prefix = `${table}\u0000${index}\u0000`;
  let digest: string;
  if (value === null || value === undefined) digest = hash('sha256', `${prefix}n`);
  else if (typeof value === 'number' || typeof value === 'bigint') digest = hash('sha256', `${prefix}i${String(value)}`);
  else if (typeof value === 'string') digest = hash('sha256', `${prefix}t${value}`);
  else if (value instanceof Uint8Array) digest = hash('sha256', Buffer.concat([Buffer.from(`${prefix}b`), value]));
  else throw new TypeError(`cannot sum a ${typeof value} in ${table}`);
  return digest.slice(0, PART);
}

/** The sum of one row: `values` are its columns in table order, without the sum itself. */
export function rowSum(table: string, values: readonly unknown[]): string {
  return values.map((value, index) => columnSum(table, index, value)).join('');
}

const sameValue = (a: unknown, b: unknown) => a === b || (a instanceof Uint8Array && b instanceof Uint8Array && Buffer.compare(a, b) === 0);

/** The positions of the columns whose stored sum no longer matches their value. */
function mismatches(table: string, stored: unknown, values: readonly unknown[]): number[] {
  const valid = typeof stored === 'string' && stored.length === values.length * PART;
  return values.flatMap((value, index) => (valid && stored.slice(index * PART, (index + 1) * PART) === columnSum(table, index, value) ? [] : [index]));
}

const columnsCache = new WeakMap<Database, Map<string, string[]>>();

/** The summed columns of a table, in table order: every column but the sum. */
export function summedColumns(db: Database, table: SummedTable): string[] {
  let tables = columnsCache.get(db);
  if (!tables) columnsCache.set(db, (tables = new Map()));
  let columns = tables.get(table);
  if (!columns) {
    const info = db.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).pluck().all(table) as string[];
    columns = info.filter((name) => name !== 'row_sum');
    tables.set(table, columns);
  }
  return columns;
}

const overwriting = new WeakSet<Database>();

/**
 * Runs a recovery that writes over damaged rows on purpose, every damaged column from a sound source
 * (a backup, a revision proven by its hash): only inside it may a damaged column be left as it is.
 */
export function overwritingDamage<T>(db: Database, write: () => T): T {
  overwriting.add(db);
  try {
    return write();
  } finally {
    overwriting.delete(db);
  }
}

/**
 * The function the triggers call on every connection that writes. An update that keeps a column
 * unchanged whose stored sum does not match refuses with a DamagedRecordError: the damaged bytes
 * would otherwise be summed afresh and look sound from then on.
 */
const registered = new WeakSet<Database>();

export function registerRowSums(db: Database): void {
  if (registered.has(db)) return;
  registered.add(db);
  db.function(SUM, { deterministic: true, varargs: true }, (table: unknown, ...values: unknown[]) => rowSum(String(table), values));
  db.function(NEXT_SUM, { varargs: true }, (table: unknown, stored: unknown, ...both: unknown[]) => {
    const name = String(table) as SummedTable;
    const half = both.length / 2;
    const before = both.slice(0, half);
    const after = both.slice(half);
    if (overwriting.has(db)) return rowSum(name, after);
    const damaged = mismatches(name, stored, before).filter((index) => sameValue(before[index], after[index]));
    if (damaged.length > 0) {
      const columns = summedColumns(db, name);
      throw new DamagedRecordError([{ table: name, key: '', label: '', columns: damaged.map((index) => columns[index]) }], 'write');
    }
    return rowSum(name, after);
  });
}

const quoted = (column: string) => `"${column.replaceAll('"', '""')}"`;

/** `dafu_row_sum('table', alias.a, alias.b, …)` over the table's summed columns. */
export function sumSql(db: Database, table: SummedTable, alias: string): string {
  return `${SUM}(${[`'${table}'`, ...summedColumns(db, table).map((column) => `${alias}.${quoted(column)}`)].join(', ')})`;
}

/** True in SQL where the row's stored sum matches its columns. */
export function soundSql(db: Database, table: SummedTable, alias: string): string {
  return `(${alias}.row_sum IS ${sumSql(db, table, alias)})`;
}

/** The names of the row's columns that no longer match their sum; empty when the row is sound. The row must carry every column and row_sum. */
export function damagedColumns(db: Database, table: SummedTable, row: Record<string, unknown>): string[] {
  return damagedColumnsAmong(db, table, row, summedColumns(db, table));
}

/**
 * Of the named columns, those that no longer match their part of the sum: a row read with only some
 * of its columns (and row_sum) is proven on what was read, without reading the rest.
 */
export function damagedColumnsAmong(db: Database, table: SummedTable, row: Record<string, unknown>, columns: readonly string[]): string[] {
  const all = summedColumns(db, table);
  const stored = row.row_sum;
  const valid = typeof stored === 'string' && stored.length === all.length * PART;
  return columns.filter((column) => {
    const index = all.indexOf(column);
    return !(valid && index >= 0 && stored.slice(index * PART, (index + 1) * PART) === columnSum(table, index, row[column]));
  });
}

/** The triggers that keep a table's sums current, as SQL: re-made whenever a migration changes the table's columns. */
export function rowSumTriggersSql(db: Database, table: SummedTable): string {
  const columns = summedColumns(db, table).map(quoted);
  const old = columns.map((column) => `old.${column}`).join(', ');
  const fresh = columns.map((column) => `new.${column}`).join(', ');
  return `
    CREATE TRIGGER ${table}_row_sum_inserted AFTER INSERT ON ${table} BEGIN
      UPDATE ${table} SET row_sum = ${SUM}('${table}', ${fresh}) WHERE rowid = new.rowid;
    END;
    CREATE TRIGGER ${table}_row_sum_updated AFTER UPDATE OF ${columns.join(', ')} ON ${table} BEGIN
      UPDATE ${table} SET row_sum = ${NEXT_SUM}('${table}', old.row_sum, ${old}, ${fresh}) WHERE rowid = new.rowid;
    END;`;
}

/**
 * Adds a column to a summed table (`definition` as ALTER TABLE takes it) and extends every row's sum
 * by the new column's part alone: the other parts stay as stored, so a row damaged before is still
 * found damaged after the upgrade, where summing every row afresh would make it look sound.
 */
export function addSummedColumn(db: Database, table: SummedTable, definition: string): void {
  const before = summedColumns(db, table).length;
  db.exec(`DROP TRIGGER IF EXISTS ${table}_row_sum_inserted; DROP TRIGGER IF EXISTS ${table}_row_sum_updated;`);
  db.exec(`ALTER TABLE ${table} ADD COLUMN ${definition}`);
  columnsCache.get(db)?.delete(table);
  const added = summedColumns(db, table).slice(before);
  const rows = db
    .prepare(`SELECT rowid AS id, ${added.map(quoted).join(', ')} FROM ${table}`)
    .raw()
    .all() as unknown[][];
  const extend = db.prepare(`UPDATE ${table} SET row_sum = row_sum || ? WHERE rowid = ?`);
  for (const [id, ...values] of rows) extend.run(rowSum(table, [...Array<null>(before).fill(null), ...values]).slice(before * PART), id);
  db.exec(rowSumTriggersSql(db, table));
}

/**
 * Gives a table its row sums: the column, the triggers and a sum for every row already there. A
 * later migration that adds a column to a summed table calls this again after adding it.
 */
export function installRowSums(db: Database, table: SummedTable): void {
  columnsCache.get(db)?.delete(table);
  const hasColumn = (db.prepare(`SELECT 1 FROM pragma_table_info(?) WHERE name = 'row_sum'`).get(table) as unknown) !== undefined;
  if (!hasColumn) db.exec(`ALTER TABLE ${table} ADD COLUMN row_sum TEXT`);
  db.exec(`DROP TRIGGER IF EXISTS ${table}_row_sum_inserted; DROP TRIGGER IF EXISTS ${table}_row_sum_updated;`);
  db.exec(rowSumTriggersSql(db, table));
  db.exec(`UPDATE ${table} SET row_sum = ${sumSql(db, table, table)}`);
}
