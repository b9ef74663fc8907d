import type { Database } from 'better-sqlite3';
import { recordLabel, type DamagedRecord } from './recordDamage';
import { damagedColumns, registerRowSums, soundSql, SUMMED_TABLES, type SummedTable } from './rowSums';

/** A row's own key for the report: its id, a setting's key, or the link it stands for. */
function keyOf(table: SummedTable, row: Record<string, unknown>): string {
  if (table === 'settings') return String(row.key ?? '');
  if (table === 'revision_parents') return `${String(row.revision_id ?? '')} ← ${String(row.parent_id ?? '')}`;
  if (table === 'pending_merges' || table === 'revisions_on_server') return `${String(row.draft_id ?? '')} / ${String(row.revision_id ?? '')}`;
  return String(row.id ?? row.rowid ?? '');
}

/** The summed tables this file has: a backup from an older version lacks those added since. */
const presentTables = (db: Database, tables: readonly SummedTable[]) =>
  tables.filter((table) => db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(table) !== undefined);

/**
 * Every row of the summed tables whose checksum no longer matches, with its damaged columns: what
 * `dafu check` and the backup check report. Works on a read-only connection.
 */
export function damagedRecords(db: Database, tables: readonly SummedTable[] = SUMMED_TABLES): DamagedRecord[] {
  registerRowSums(db);
  return presentTables(db, tables).flatMap((table) => {
    const rows = db.prepare(`SELECT rowid, * FROM ${table} AS t WHERE NOT ${soundSql(db, table, 't')} ORDER BY rowid`).all() as Record<string, unknown>[];
    return rows.map((row) => {
      const columns = damagedColumns(db, table, row);
      return { table, key: keyOf(table, row), label: recordLabel(table, row, columns), columns };
    });
  });
}

/** How many rows the summed tables hold: what a clean report says it checked. */
export function summedRowCount(db: Database): number {
  return presentTables(db, SUMMED_TABLES).reduce((total, table) => total + (db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number), 0);
}
