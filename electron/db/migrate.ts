import type { Database } from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations/index';

export class DatabaseFromNewerAppError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(`这个数据库由更新版本的答复函起草助手创建（结构版本 ${found}，本程序只认识到 ${supported}），请升级程序后再打开。为保护数据，本程序没有改动它。`);
    this.name = 'DatabaseFromNewerAppError';
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function latestVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.at(-1)?.version ?? 0;
}

/** Brings the database to `target`, all pending steps in one transaction; refuses a newer file. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS, target = latestVersion(migrations)): number {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) throw new Error(`migration list out of order at ${migration.name}`);
  });
  const current = schemaVersion(db);
  if (current > latestVersion(migrations)) throw new DatabaseFromNewerAppError(current, latestVersion(migrations));
  const pending = migrations.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  })();
  return schemaVersion(db);
}
