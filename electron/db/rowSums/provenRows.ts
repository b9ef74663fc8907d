import type { Database } from 'better-sqlite3';
import { DamagedRecordError, recordLabel, type DamagedRecord } from './recordDamage';
import { damagedColumns, type SummedTable } from './rowSums';

/** The row as damage, named by what survived of it; null when it matches its checksum. The row must carry every column (SELECT *). */
export function rowDamage(db: Database, table: SummedTable, row: object): DamagedRecord | null {
  const record = row as Record<string, unknown>;
  const columns = damagedColumns(db, table, record);
  if (columns.length === 0) return null;
  return { table, key: String(record.id ?? record.key ?? ''), label: recordLabel(table, record, columns), columns };
}

/** The rows as read, proven against their checksums: any damaged one refuses the read, naming them all. */
export function provenRows<T extends object>(db: Database, table: SummedTable, rows: T[]): T[] {
  const damaged = rows.flatMap((row) => rowDamage(db, table, row) ?? []);
  if (damaged.length > 0) throw new DamagedRecordError(damaged);
  return rows;
}

export function provenRow<T extends object>(db: Database, table: SummedTable, row: T | undefined): T | undefined {
  return row === undefined ? undefined : provenRows(db, table, [row])[0];
}
