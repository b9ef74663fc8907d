import type { ZodType } from 'zod';
import type { Db } from '../../../db/open';
import { provenRow } from '../../../db/rowSums/provenRows';

/**
 * One stored setting, or undefined when it was never saved or no longer fits its schema (a value
 * from another version). A setting whose bytes no longer match their checksum is refused
 * (DamagedRecordError), never read as missing: a default in its place would empty the bureau
 * profile, switch thinning back on, or forget which revisions went out in a package.
 */
export function readSetting<T>(db: Db, key: string, schema: ZodType<T>): T | undefined {
  const row = provenRow(db, 'settings', db.prepare('SELECT * FROM settings WHERE key = ?').get(key) as { key: string; value: string } | undefined);
  if (row === undefined) return undefined;
  try {
    return schema.safeParse(JSON.parse(row.value)).data;
  } catch {
    return undefined;
  }
}

export function writeSetting(db: Db, key: string, value: unknown): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}
