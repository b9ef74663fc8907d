import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { MIGRATIONS } from '../db/migrations/index';
import { registerStoreFunctions } from '../db/storeFunctions';

/**
 * Puts a store's sync bookkeeping back the way version 13 kept it (JSON lists in settings, no tables
 * for it), then runs migration 14 over it again: proof that the migration carries a real PC's
 * bookkeeping over. Later migrations stay as they are.
 */
export function bookkeepingThroughMigration14(file: string): void {
  const db = new Database(file);
  try {
    registerStoreFunctions(db);
    db.transaction(() => {
      const setting = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
      for (const [table, owner, prefix] of [
        ['draft_events', 'draft_id', 'drafts.events.'],
        ['case_events', 'case_id', 'cases.events.'],
      ]) {
        const owners = db.prepare(`SELECT DISTINCT ${owner} FROM ${table}`).pluck().all() as string[];
        for (const id of owners) {
          const rows = db.prepare(`SELECT id, field, value, created_at AS at, author AS by, accepted FROM ${table} WHERE ${owner} = ? ORDER BY rowid`).all(id);
          setting.run(`${prefix}${id}`, JSON.stringify(rows));
        }
      }
      const drafts = db.prepare('SELECT DISTINCT draft_id FROM revisions_on_server').pluck().all() as string[];
      for (const id of drafts) {
        const ids = db.prepare('SELECT revision_id FROM revisions_on_server WHERE draft_id = ? ORDER BY rowid').pluck().all(id);
        setting.run(`revisions.onServer.${id}`, JSON.stringify(ids));
      }
      db.exec('DROP TABLE draft_events; DROP TABLE case_events; DROP TABLE revisions_on_server;');
      expect(db.prepare("SELECT count(*) FROM settings WHERE key LIKE 'drafts.events.%'").pluck().get()).toBeGreaterThan(0);
      MIGRATIONS.find((migration) => migration.version === 14)!.up(db);
    })();
  } finally {
    db.close();
  }
}
