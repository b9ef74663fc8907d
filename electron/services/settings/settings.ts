import type { ZodType } from 'zod';
import type { Db } from '../../db/open';

/** One stored setting, or undefined when it is missing, unreadable or no longer fits its schema. */
export function readSetting<T>(db: Db, key: string, schema: ZodType<T>): T | undefined {
  const stored = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
  if (stored === undefined) return undefined;
  try {
    return schema.safeParse(JSON.parse(stored)).data;
  } catch {
    return undefined;
  }
}

export function writeSetting(db: Db, key: string, value: unknown): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}
