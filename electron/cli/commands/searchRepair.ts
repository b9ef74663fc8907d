import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { copyIntoFreshStore, keepAsItWas, swapIn } from '../../db/rebuildStore';
import { waitForSoleAccess } from '../../db/soleAccess';
import { latestVersion } from '../../db/migrate';
import { registerStoreFunctions } from '../../db/storeFunctions';
import { refreshIndexes } from '../../services/search/searchIndex';
import { hasPrimaryDamage, hasSearchDamage, verifyStore } from '../../services/store/storeVerification';
import type { CliIo } from '../common/command';

const isSearchTable = (table: string) => table.startsWith('search_');

/**
 * Rebuilds a damaged search index without writing to the damaged file: waits until no program has
 * the file open and holds it exclusively, keeps it as it was in backups/, makes a copy of every
 * table but the search index (which the copy's own triggers and indexing rebuild), proves the copy
 * sound in every part, and only then puts it in the file's place. Returns the exit code.
 */
export async function rebuildSearchIndex(file: string, io: CliIo): Promise<number> {
  const lock = await waitForSoleAccess(file, {
    onWaiting: () =>
      io.err('数据库正被答复函起草助手或 dafu serve 打开。请先关闭它，搜索索引要在它关闭后才能重建；正在等待……（按 Ctrl+C 放弃，数据库不会被改动）'),
    stop: io.stopSignal,
  });
  if (!lock) {
    io.err('dafu check: 已放弃重建，数据库没有改动。');
    return 1;
  }
  const rebuilt = `${file}.rebuilt`;
  try {
    const kept = keepAsItWas(file, new Date());
    copyIntoFreshStore(lock, rebuilt, isSearchTable);
    const copy = new Database(rebuilt);
    registerStoreFunctions(copy);
    try {
      refreshIndexes(copy);
      const report = verifyStore(copy, latestVersion());
      if (hasPrimaryDamage(report) || hasSearchDamage(report)) {
        io.err('dafu check: 重建的副本没有通过检查，数据库没有改动：');
        [...report.integrity, ...report.search].forEach((line) => io.err(`  ${line}`));
        return 1;
      }
    } finally {
      copy.close();
    }
    swapIn(lock, file, rebuilt);
    io.out(`搜索索引已在副本中重建并核对无误，已换上。原来的文件原样保存在：${kept}`);
    return 0;
  } finally {
    if (lock.open) lock.close();
    rmSync(rebuilt, { force: true });
  }
}
