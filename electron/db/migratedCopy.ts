import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from './migrate';
import { createPrivateFile } from './privateFiles';
import { registerStoreFunctions } from './storeFunctions';

const ALL_PAGES = 0x7fffffff;

/**
 * Runs `use` on a copy of the store brought to the current schema, so that an older file is read as
 * this version reads it without being changed. The copy is a file in a private folder of the system's
 * temporary folder (a store of five years does not fit in one buffer in memory), removed afterwards.
 */
export async function withMigratedCopy<T>(db: Database.Database, use: (copy: Database.Database) => T): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'dafu-migrated-copy-'));
  try {
    const file = join(dir, 'dafu.sqlite3');
    createPrivateFile(file);
    // Page by page in one step (one snapshot): a damaged page is carried as it is, for the check to find.
    await db.backup(file, { progress: () => ALL_PAGES });
    const copy = new Database(file);
    try {
      // A throwaway copy: a power cut loses nothing worth waiting for the disk.
      copy.pragma('synchronous = OFF');
      registerStoreFunctions(copy);
      migrate(copy);
      return use(copy);
    } finally {
      copy.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
