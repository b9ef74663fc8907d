import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { resolveDatabasePath } from '../../app/paths';
import { isDamageError } from '../../db/integrity';
import { latestVersion, schemaVersion } from '../../db/migrate';
import { withMigratedCopy } from '../../db/migratedCopy';
import { describeRecord } from '../../db/rowSums/recordDamage';
import { registerStoreFunctions } from '../../db/storeFunctions';
import { CHECK_STEPS, hasPrimaryDamage, hasSearchDamage, verifyStore, type CheckStep, type StoreReport } from '../../services/store/storeVerification';
import { UsageError, type CliIo, type Command } from '../common/command';
import { rebuildSearchIndex } from './searchRepair';
import { dbOption, dbOptionHelp } from './sharedOptions';

/** Says part by part what was proven and what is damaged; returns whether anything the clerk wrote or decided is damaged. */
function report(file: string, found: StoreReport, io: CliIo): void {
  if (found.integrity.length > 0 && !found.integrityOnlyInSearch) {
    io.err(`dafu check: 数据库文件已损坏：${file}`);
    found.integrity.forEach((problem) => io.err(`  ${problem}`));
    io.err('请用 dafu restore <备份文件> 从备份恢复。');
    return;
  }
  io.out(found.integrity.length === 0 ? `完整性检查：通过（${file}）` : `完整性检查：只有搜索索引损坏（${file}）`);
  if (!found.rows) io.out('记录校验：这个文件来自旧版本，记录还没有校验值（用程序打开一次后生成）。');
  else if (found.rows.damaged.length === 0) io.out(`记录校验：${found.rows.checked} 条记录全部与校验值一致。`);
  else {
    io.err(`dafu check: ${found.rows.checked} 条记录中有 ${found.rows.damaged.length} 条与校验值不符，已损坏：`);
    found.rows.damaged.forEach((record) => io.err(`  ${describeRecord(record)}`));
  }
  const { checked, damaged } = found.revisions;
  if (damaged.length > 0) {
    io.err(`dafu check: ${checked} 个版本中有 ${damaged.length} 个已损坏：`);
    damaged.forEach((revision) => io.err(`  草稿 ${revision.draftId}：${revision.message}`));
  } else io.out(`版本校验：${checked} 个版本全部与校验值一致。`);
  if (found.links.length > 0) {
    io.err('dafu check: 案件与草稿的关联有误：');
    found.links.forEach((link) => io.err(`  ${link}`));
  } else io.out('案件关联：一致。');
  if (found.search.length > 0) found.search.forEach((problem) => io.err(`dafu check: 搜索索引已损坏：${problem}`));
  else if (found.integrity.length === 0) io.out('搜索索引：与草稿和案件一致。');
  if (hasPrimaryDamage(found)) {
    io.err('损坏的草稿可以在程序里打开，只把这一份从备份恢复；其他损坏请用 dafu restore <备份文件> 从备份恢复。完好的部分不受影响。');
  }
}

const STEP_LABELS: Record<CheckStep, string> = {
  integrity: 'SQLite 完整性',
  rows: '每条记录的校验值',
  revisions: '每个版本的校验值',
  links: '案件与草稿的关联',
  search: '搜索索引（逐字比对，最费时：五年的数据约需几分钟）',
};

/** 「正在检查……（2/5）」 at each part of the check, so a long one is not taken for a hang. */
const stepReporter =
  (io: CliIo) =>
  (step: CheckStep): void =>
    io.progress?.(`正在检查：${STEP_LABELS[step]}……（${CHECK_STEPS.indexOf(step) + 1}/${CHECK_STEPS.length}）`);

export const checkCommand: Command = {
  name: 'check',
  summary: '检查数据库是否完好：SQLite 完整性、每条记录和每个版本的校验值、案件关联和搜索索引；只有搜索索引损坏时，在副本中重建、核对后换上',
  usage: 'dafu check [--db FILE]',
  options: { ...dbOption },
  optionHelp: [dbOptionHelp],
  async run({ values }, io) {
    const file = resolveDatabasePath(values.db as string | undefined);
    if (!existsSync(file)) throw new UsageError(`找不到数据库文件：${file}`);
    const db = new Database(file, { readonly: true, fileMustExist: true });
    let found: StoreReport;
    let version: number;
    try {
      registerStoreFunctions(db);
      version = schemaVersion(db);
      if (version > latestVersion()) {
        io.err(`dafu check: 这个数据库来自更新版本的程序（结构版本 ${version}，本程序只认识到 ${latestVersion()}），请用新版本检查。`);
        return 1;
      }
      // An older file is checked on a migrated copy, so that the check never changes the file.
      const onStep = stepReporter(io);
      found = version === latestVersion() ? verifyStore(db, version, onStep) : await withMigratedCopy(db, (copy) => verifyStore(copy, version, onStep));
    } catch (error) {
      if (!isDamageError(error)) throw error;
      io.err(`dafu check: 数据库文件已损坏或不是数据库：${file}。请用 dafu restore <备份文件> 从备份恢复。`);
      return 1;
    } finally {
      db.close();
    }
    report(file, found, io);
    if (hasPrimaryDamage(found)) return 1;
    if (!hasSearchDamage(found)) return 0;
    if (version < latestVersion()) {
      io.err('dafu check: 搜索索引可以重建，但这个文件来自旧版本：请先用程序打开一次（会先备份再升级），再运行 dafu check。');
      return 1;
    }
    return rebuildSearchIndex(file, io);
  },
};
