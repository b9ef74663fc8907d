import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run';
import { listBackups } from '../../db/backups';
import { openDatabase } from '../../db/open';
import { refreshIndexes } from '../../services/search/searchIndex';
import { fakeIo, seededDatabase } from '../../testing/storeFixture';
import { tamperRows } from '../../testing/tamper';

/** The store's file with a change made under its checksums, as a bad disk makes one. */
function damage(file: string, change: (db: Database.Database) => void): void {
  const db = openDatabase(file);
  change(db);
  db.close();
}

const hashes = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT id, hash FROM revisions ORDER BY id').all();
  } finally {
    db.close();
  }
};

describe('dafu check', () => {
  it('passes a sound database, having checked every record, revision, link and the search index, without changing it', async () => {
    const { file, reported } = await seededDatabase('dafu-check-');
    const before = readFileSync(file);
    const { io, out, err } = fakeIo();
    expect(await runCli(['check', '--db', file], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out.join('\n')).toMatch(
      new RegExp(
        `完整性检查：通过[\\s\\S]*记录校验：\\d+ 条记录全部与校验值一致[\\s\\S]*${reported.size + 2} 个版本全部与校验值一致[\\s\\S]*案件关联：一致[\\s\\S]*搜索索引：与草稿和案件一致`,
      ),
    );
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('says in a terminal which part it is checking, the search index last as the longest', async () => {
    const { file } = await seededDatabase('dafu-check-progress-');
    const { io } = fakeIo();
    const progress: string[] = [];
    expect(await runCli(['check', '--db', file], { ...io, progress: (line) => progress.push(line) })).toBe(0);
    expect(progress).toEqual([
      '正在检查：SQLite 完整性……（1/5）',
      '正在检查：每条记录的校验值……（2/5）',
      '正在检查：每个版本的校验值……（3/5）',
      '正在检查：案件与草稿的关联……（4/5）',
      expect.stringMatching(/^正在检查：搜索索引（.*最费时.*）……（5\/5）$/),
    ]);
  });

  it('checks a file from an older version on a migrated copy in the temporary folder, leaving the file and the temporary folder as they were', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dafu-check-old-')), 'dafu.sqlite3');
    copyFileSync('electron/db/fixtures/schema-v7.sqlite3', file);
    const before = readFileSync(file);
    const copies = () => readdirSync(tmpdir()).filter((name) => name.startsWith('dafu-migrated-copy-'));
    const copiesBefore = copies();
    const { io, out, err } = fakeIo();
    expect(await runCli(['check', '--db', file], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out.join('\n')).toMatch(/完整性检查：通过[\s\S]*记录校验：这个文件来自旧版本[\s\S]*个版本全部与校验值一致[\s\S]*搜索索引：与草稿和案件一致/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(join(file, '..'))).toEqual(['dafu.sqlite3']);
    expect(copies()).toEqual(copiesBefore);
  });

  it('names each revision whose content no longer matches its hash, and exits 1', async () => {
    const { file, reported } = await seededDatabase('dafu-check-');
    const [victim] = reported.keys();
    damage(file, (db) =>
      tamperRows(
        db,
        'revisions',
        "encoding = 'json+br', base_id = NULL, depth = 0, body = ?",
        'id = ?',
        brotliCompressSync('{"content":{},"fields":{}}'),
        victim,
      ),
    );
    const { io, err } = fakeIo();
    expect(await runCli(['check', '--db', file], io)).toBe(1);
    expect(err.join('\n')).toContain(victim);
    expect(err.join('\n')).toMatch(/已损坏/);
  });

  it('names a damaged working copy and a damaged setting by what the clerk knows them as, and exits 1 without changing the file', async () => {
    const { file } = await seededDatabase('dafu-check-');
    let title = '';
    damage(file, (db) => {
      title = db.prepare('SELECT title FROM drafts ORDER BY created_at LIMIT 1').pluck().get() as string;
      tamperRows(db, 'drafts', "content = replace(content, '的', '地')", 'title = ?', title);
      db.prepare('INSERT INTO settings (key, value) VALUES (\'bureauProfile\', \'{"fullName":"柳州市市场监督管理局"}\')').run();
      tamperRows(db, 'settings', "value = replace(value, '柳州', '梧州')", "key = 'bureauProfile'");
    });
    const before = readFileSync(file);
    const { io, err } = fakeIo();
    expect(await runCli(['check', '--db', file], io)).toBe(1);
    expect(err.join('\n')).toContain(`草稿《${title}》的正文`);
    expect(err.join('\n')).toContain('设置「单位信息」的内容');
    expect(err.join('\n')).toMatch(/只把这一份从备份恢复/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(listBackups(file)).toEqual([]);
  });

  it('rebuilds a search index that no longer matches its drafts in a verified copy, keeps the original in backups/, and passes after', async () => {
    const { file } = await seededDatabase('dafu-check-');
    const before = hashes(file);
    damage(file, (db) => {
      db.prepare("UPDATE search_docs SET body = replace(body, '的', '地')").run();
      db.prepare('DELETE FROM search_stale').run();
      db.prepare('DELETE FROM search_trigrams WHERE rowid = (SELECT min(id) FROM search_docs)').run();
    });
    const { io, out, err } = fakeIo();
    expect(await runCli(['check', '--db', file], io)).toBe(0);
    expect(err.join('\n')).toMatch(/搜索索引已损坏/);
    expect(out.join('\n')).toMatch(/搜索索引已在副本中重建并核对无误，已换上。原来的文件原样保存在：.*damaged/);
    expect(listBackups(file).map((backup) => backup.reason)).toEqual(['damaged']);
    expect(hashes(file)).toEqual(before);
    const again = fakeIo();
    expect(await runCli(['check', '--db', file], again.io)).toBe(0);
    expect(again.err).toEqual([]);
    expect(again.out.join('\n')).toMatch(/搜索索引：与草稿和案件一致/);
  });

  it('waits while the app has the file open, says so, and rebuilds once it is closed', async () => {
    const { file } = await seededDatabase('dafu-check-');
    damage(file, (db) => {
      refreshIndexes(db);
      db.prepare('DELETE FROM search_grams WHERE rowid = (SELECT max(id) FROM search_docs)').run();
    });
    const app = openDatabase(file);
    app.prepare('SELECT count(*) FROM drafts').get();
    const closed = new Promise<void>((resolve) =>
      setTimeout(() => {
        app.close();
        resolve();
      }, 1200),
    );
    const { io, out, err } = fakeIo();
    expect(await runCli(['check', '--db', file], io)).toBe(0);
    await closed;
    expect(err.join('\n')).toMatch(/正被答复函起草助手或 dafu serve 打开[\s\S]*正在等待/);
    expect(out.join('\n')).toMatch(/已换上/);
  });

  it('reports a file whose pages are damaged, in Chinese and without a stack trace', async () => {
    const { file } = await seededDatabase('dafu-check-');
    const bytes = readFileSync(file);
    bytes.fill(0x33, 4096, 4096 * 3);
    writeFileSync(file, bytes);
    const { io, err } = fakeIo();
    expect(await runCli(['check', '--db', file], io)).toBe(1);
    expect(err.join('\n')).toMatch(/已损坏[\s\S]*dafu restore/);
    expect(err.join('\n')).not.toMatch(/at .*\.ts:\d+/);
  });
});
