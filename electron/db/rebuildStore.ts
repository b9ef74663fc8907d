import Database from 'better-sqlite3';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { freshPath, syncFile } from './backups';
import { migrate } from './migrate';
import { createPrivateFile } from './privateFiles';
import { registerStoreFunctions } from './storeFunctions';

const SIDE_FILES = ['-wal', '-shm', '-journal'];

/**
 * Writes a fresh store at `target`, made by the migrations, with every row of the source's tables
 * but the derived ones, rowids kept; the derived tables are filled by their own triggers as the rows
 * arrive (the search text), or left for the caller to rebuild (the full-text indexes). The source is
 * only read.
 */
export function copyIntoFreshStore(source: Database.Database, target: string, isDerived: (table: string) => boolean): void {
  rmSync(target, { force: true });
  createPrivateFile(target);
  const fresh = new Database(target);
  try {
    registerStoreFunctions(fresh);
    migrate(fresh);
  } finally {
    fresh.close();
  }
  registerStoreFunctions(source);
  source.pragma('foreign_keys = OFF');
  source.prepare('ATTACH ? AS rebuilt').run(target);
  try {
    const tables = (
      source.prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rootpage").pluck().all() as string[]
    ).filter((name) => !isDerived(name));
    source.transaction(() => {
      for (const table of tables) {
        const columns = (source.prepare('SELECT name FROM pragma_table_info(?, ?)').pluck().all(table, 'rebuilt') as string[])
          .map((name) => `"${name}"`)
          .join(', ');
        // What the migrations wrote into the fresh store (this PC's id…) gives way to the rows kept so far.
        source.exec(`DELETE FROM rebuilt."${table}"; INSERT INTO rebuilt."${table}" (rowid, ${columns}) SELECT rowid, ${columns} FROM main."${table}"`);
      }
    })();
    const broken = source.pragma('rebuilt.foreign_key_check') as unknown[];
    if (broken.length > 0) throw new Error(`the copy has ${broken.length} broken links`);
  } finally {
    source.exec('DETACH rebuilt');
  }
}

/** Keeps the file and its WAL exactly as they are, as a damaged file in backups/; returns where. */
export function keepAsItWas(file: string, time: Date): string {
  const kept = freshPath(file, time, 'damaged');
  for (const suffix of ['', '-wal']) {
    if (!existsSync(file + suffix)) continue;
    copyFileSync(file + suffix, kept + suffix);
    syncFile(kept + suffix);
  }
  return kept;
}

/**
 * Puts the verified `rebuilt` file in place of `file`, whose connection `lock` holds it exclusively.
 * The old WAL is folded into the old file first (kept as it was already), so that nothing is left
 * beside the new file that SQLite could replay into it.
 */
export function swapIn(lock: Database.Database, file: string, rebuilt: string): void {
  lock.pragma('journal_mode = DELETE');
  syncFile(rebuilt);
  // Windows cannot rename over an open file: let go of it first, then swap at once.
  if (process.platform === 'win32') lock.close();
  for (const suffix of SIDE_FILES) rmSync(file + suffix, { force: true });
  renameSync(rebuilt, file);
  if (lock.open) lock.close();
}
