import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resolveDatabasePath } from '../../app/paths';
import { backupsDir, restoreBackup } from '../../db/backups';
import { UsageError, type Command } from '../common/command';
import { dbOption, dbOptionHelp } from './sharedOptions';

export const restoreCommand: Command = {
  name: 'restore',
  summary: '用一份备份替换数据库（请先关闭程序）；替换前先把现在的数据库另存到 backups 文件夹',
  usage: 'dafu restore <备份文件> [--db FILE]',
  options: { ...dbOption },
  allowPositionals: true,
  optionHelp: [dbOptionHelp],
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new UsageError('请给出一个备份文件（dafu restore <备份文件>）。恢复前请先关闭答复函起草助手。');
    const backup = resolve(positionals[0]);
    if (!existsSync(backup)) throw new UsageError(`找不到备份文件：${backup}`);
    const file = resolveDatabasePath(values.db as string | undefined);
    if (resolve(backup) === resolve(file)) throw new UsageError('备份文件就是数据库本身，请选另一个文件。');
    const { savedCurrent } = restoreBackup(file, backup, new Date());
    io.out(`已用 ${backup} 恢复数据库 ${file}`);
    if (savedCurrent) io.out(`原来的数据库已另存为 ${join(backupsDir(file), savedCurrent.name)}`);
    return 0;
  },
};
