import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { MIGRATIONS } from '../db/migrations/index';
import { registerStoreFunctions } from '../db/storeFunctions';

/**
 * Puts a store's 彻底删除 tombstones back the way version 15 kept them (one JSON list in the
 * `drafts.purged` setting, no table), then runs migration 16 over it again: proof that the migration
 * carries a real PC's tombstones over.
 */
export function tombstonesThroughMigration16(file: string): void {
  const db = new Database(file);
  try {
    registerStoreFunctions(db);
    db.transaction(() => {
      const tombstones = db.prepare('SELECT id AS draftId, purged_at AS at FROM draft_tombstones ORDER BY rowid').all();
      expect(tombstones.length).toBeGreaterThan(0);
      db.prepare("INSERT INTO settings (key, value) VALUES ('drafts.purged', ?)").run(JSON.stringify(tombstones));
      db.exec('DROP TABLE draft_tombstones;');
      MIGRATIONS.find((migration) => migration.version === 16)!.up(db);
    })();
  } finally {
    db.close();
  }
}
