import type { Database } from 'better-sqlite3';
import { schemaProblems } from './schemaCheck';

/** SQLite's own words for a file whose bytes are not a sound database. */
const DAMAGE_CODES = new Set([
  'SQLITE_CORRUPT',
  'SQLITE_NOTADB',
  'SQLITE_CORRUPT_INDEX',
  'SQLITE_CORRUPT_SEQUENCE',
  'SQLITE_CORRUPT_VTAB',
  'SQLITE_IOERR_SHORT_READ',
]);

export function isDamageError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && DAMAGE_CODES.has(code);
}

export class DatabaseDamagedError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`数据库文件已损坏，为保护数据没有打开它：${file}。请从备份恢复（程序会列出可用的备份，也可运行 dafu restore）。损坏的文件会先另存一份，不会被删掉。`);
    this.name = 'DatabaseDamagedError';
  }
}

const NOT_DAMAGE = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_NOMEM', 'SQLITE_INTERRUPT']);

/**
 * `PRAGMA integrity_check`, then the schema against the migrations' and the foreign-key check, as a list of problems, empty when the file is sound. The check itself
 * failing (a damaged full-text index answers "invalid fts5 file format") is damage too, unless the
 * file was merely busy.
 */
export function integrityProblems(db: Database, limit = 20): string[] {
  let rows: { integrity_check: string }[];
  try {
    rows = db.pragma(`integrity_check(${limit})`, { simple: false }) as { integrity_check: string }[];
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('SQLITE_') || NOT_DAMAGE.has(code)) throw error;
    return [(error as Error).message];
  }
  const messages = rows.map((row) => row.integrity_check).filter((message) => message !== 'ok');
  // The schema is compared even when pages are damaged: damage there must never pass as damage to the search index alone.
  const schema = schemaProblems(db);
  if (messages.length > 0 || schema.length > 0) return [...messages, ...schema];
  return foreignKeyProblems(db, limit);
}

/**
 * `PRAGMA foreign_key_check`: every link (a revision's draft, a comment's thread, a case's 正式答复)
 * points at a row that exists. Run with the integrity check: a flipped id is damage even when every
 * page is well formed.
 */
export function foreignKeyProblems(db: Database, limit = 20): string[] {
  const rows = db.pragma('foreign_key_check', { simple: false }) as { table: string; rowid: number | null; parent: string }[];
  return rows.slice(0, limit).map((row) => `表 ${row.table} 第 ${row.rowid ?? '?'} 行指向表 ${row.parent} 中不存在的记录`);
}

/** Runs `check` against the database, turning SQLite's damage errors into a DatabaseDamagedError. */
export function guardAgainstDamage<T>(file: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (isDamageError(error)) throw new DatabaseDamagedError(file, [(error as Error).message]);
    throw error;
  }
}
