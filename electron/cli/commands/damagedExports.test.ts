import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { fakeIo, seededDatabase } from '../../testing/storeFixture';
import { tamperRows } from '../../testing/tamper';
import { runCli } from '../run';

describe('a letter whose stored working copy is damaged', () => {
  it('is not written by dafu export, pdf or package export: each exits 1 and names the damage', async () => {
    const { file } = await seededDatabase('dafu-damaged-export-');
    const db = openDatabase(file);
    const { id, title } = db.prepare('SELECT id, title FROM drafts ORDER BY created_at LIMIT 1').get() as { id: string; title: string };
    tamperRows(db, 'drafts', "content = replace(content, '的', '地')", 'id = ?', id);
    db.close();
    const out = (name: string) => join(dirname(file), name);
    for (const args of [
      ['export', id, '--txt', out('答复.txt'), '--docx', out('答复.docx'), '--db', file],
      ['pdf', id, '-o', out('答复.pdf'), '--db', file],
      ['package', 'export', id, '-o', out('答复.dafu'), '--db', file],
    ]) {
      const { io, err } = fakeIo();
      expect(await runCli(args, io), args[0]).toBe(1);
      expect(err.join('\n')).toContain(`草稿《${title}》的正文`);
    }
    for (const name of ['答复.txt', '答复.docx', '答复.pdf', '答复.dafu']) expect(existsSync(out(name)), name).toBe(false);
  });
});

describe('a draft whose case is damaged', () => {
  it('is not packed by dafu package export: the case facts would travel to another PC as they are', async () => {
    const { file } = await seededDatabase('dafu-damaged-package-');
    const db = openDatabase(file);
    const id = db.prepare('SELECT id FROM drafts ORDER BY created_at LIMIT 1').pluck().get() as string;
    const time = '2026-05-26T02:00:00.000Z';
    db.prepare(
      `INSERT INTO cases (id, kind, session, number, title, proposer, role, case_key, created_at, updated_at)
       VALUES ('c0000000-0000-4000-8000-000000000011', 'zhengxie', '十三届三次会议', '011', '关于发挥质量强市标杆作用的建议', '九三学社柳州市委员会', 'lead', 'k', ?, ?)`,
    ).run(time, time);
    db.prepare("UPDATE drafts SET case_id = 'c0000000-0000-4000-8000-000000000011' WHERE id = ?").run(id);
    tamperRows(db, 'cases', "proposer = '九三学社柳州市委员' || '会 '", "number = '011'");
    db.close();
    const { io, err } = fakeIo();
    expect(await runCli(['package', 'export', id, '-o', join(dirname(file), '答复.dafu'), '--db', file], io)).toBe(1);
    expect(err.join('\n')).toContain('案件011号（关于发挥质量强市标杆作用的建议）的提出者');
    expect(existsSync(join(dirname(file), '答复.dafu'))).toBe(false);
  });
});
