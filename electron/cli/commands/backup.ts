import Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resolveDatabasePath } from '../../app/paths';
import { backupsDir, checkBackupFile, takeBackup, writeBackupFile } from '../../db/backups';
import { BackupOfDamagedStoreError } from '../../db/rowSums/recordDamage';
import { guardAgainstDamage, integrityProblems } from '../../db/integrity';
import { UsageError, type Command } from '../common/command';
import { dbOption, dbOptionHelp } from './sharedOptions';

export const backupCommand: Command = {
  name: 'backup',
  summary: '为数据库做一份完整、一致的备份（程序运行时也可以做）',
  usage: 'dafu backup [--db FILE] [-o 备份文件]',
  options: { ...dbOption, output: { type: 'string', short: 'o' } },
  optionHelp: [dbOptionHelp, ['-o FILE', '写到这个文件（不得已存在）；不给时写到数据库旁的 backups 文件夹']],
  async run({ values }, io) {
    const file = resolveDatabasePath(values.db as string | undefined);
    if (!existsSync(file)) throw new UsageError(`找不到数据库文件：${file}`);
    const output = values.output === undefined ? undefined : resolve(values.output as string);
    if (output && existsSync(output)) throw new UsageError(`文件已存在，为免覆盖没有写入：${output}`);
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const problems = guardAgainstDamage(file, () => integrityProblems(db));
      if (problems.length > 0) {
        io.err(`dafu backup: 数据库文件已损坏，备份它没有意义：${file}。请用 dafu restore 从已有的备份恢复。`);
        return 1;
      }
      const written = output ?? join(backupsDir(file), takeBackup(db, file, 'manual', new Date()).name);
      if (output) {
        writeBackupFile(db, output);
        // Checked with the same checksums as backups/: a copy of damaged rows is not left looking like a good backup.
        const check = checkBackupFile(output);
        if (!check.sound) {
          rmSync(output, { force: true });
          throw new BackupOfDamagedStoreError(check.problems);
        }
      }
      io.out(written);
      return 0;
    } catch (error) {
      if (!(error instanceof BackupOfDamagedStoreError)) throw error;
      io.err(`dafu backup: ${error.message}`);
      error.problems.forEach((problem) => io.err(`  ${problem}`));
      return 1;
    } finally {
      db.close();
    }
  },
};
