import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { resolveDatabasePath } from '../../app/paths';
import { integrityProblems, isDamageError } from '../../db/integrity';
import { latestVersion, migrate, schemaVersion } from '../../db/migrate';
import { verifyRevisions } from '../../services/revisions/storeCheck';
import { UsageError, type Command } from '../command';
import { dbOption, dbOptionHelp } from './sharedOptions';

/** Checks an older file on a migrated copy in memory, so that the check never changes the file. */
function readableCopy(db: Database.Database): Database.Database {
  if (schemaVersion(db) === latestVersion()) return db;
  const copy = new Database(db.serialize());
  migrate(copy);
  return copy;
}

export const checkCommand: Command = {
  name: 'check',
  summary: '检查数据库是否完好：SQLite 完整性检查，并逐个核对每个版本的校验值',
  usage: 'dafu check [--db FILE]',
  options: { ...dbOption },
  optionHelp: [dbOptionHelp],
  async run({ values }, io) {
    const file = resolveDatabasePath(values.db as string | undefined);
    if (!existsSync(file)) throw new UsageError(`找不到数据库文件：${file}`);
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const version = schemaVersion(db);
      if (version > latestVersion()) {
        io.err(`dafu check: 这个数据库来自更新版本的程序（结构版本 ${version}，本程序只认识到 ${latestVersion()}），请用新版本检查。`);
        return 1;
      }
      const problems = integrityProblems(db);
      if (problems.length > 0) {
        io.err(`dafu check: 数据库文件已损坏：${file}`);
        problems.forEach((problem) => io.err(`  ${problem}`));
        io.err('请用 dafu restore <备份文件> 从备份恢复。');
        return 1;
      }
      io.out(`完整性检查：通过（${file}）`);
      const { checked, damaged } = verifyRevisions(readableCopy(db));
      if (damaged.length > 0) {
        io.err(`dafu check: ${checked} 个版本中有 ${damaged.length} 个已损坏：`);
        damaged.forEach((revision) => io.err(`  草稿 ${revision.draftId}：${revision.message}`));
        io.err('其余版本完好。可在程序的版本记录中恢复完好的版本，或用 dafu restore 从备份恢复。');
        return 1;
      }
      io.out(`版本校验：${checked} 个版本全部与校验值一致。`);
      return 0;
    } catch (error) {
      if (!isDamageError(error)) throw error;
      io.err(`dafu check: 数据库文件已损坏或不是数据库：${file}。请用 dafu restore <备份文件> 从备份恢复。`);
      return 1;
    } finally {
      db.close();
    }
  },
};
