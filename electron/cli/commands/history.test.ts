import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServices } from '../../app/services';
import { runCli } from '../run';

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line), stopSignal: new Promise<void>(() => {}) }, out, err };
}

async function draftWithTwoRevisions() {
  const db = join(mkdtempSync(join(tmpdir(), 'dafu-history-')), 'dafu.sqlite3');
  const services = startServices(db);
  const created = await services.dispatch('drafts.create', { templateId: 'zhengxie-lead' });
  if (!created.ok) throw new Error(created.error.message);
  const draftId = (created.value as { id: string }).id;
  const checkpoint = await services.dispatch('revisions.checkpoint', { draftId, note: '送科长审核' });
  services.close();
  if (!checkpoint.ok) throw new Error(checkpoint.error.message);
  return { db, draftId, checkpoint: checkpoint.value as { id: string; hash: string } };
}

describe('dafu history', () => {
  it('prints every revision with id, parents, time, author, kind, note and hash as JSON', async () => {
    const { db, draftId, checkpoint } = await draftWithTwoRevisions();
    const { io, out } = fakeIo();
    expect(await runCli(['history', draftId, '--json', '--db', db], io)).toBe(0);
    const revisions = JSON.parse(out.join('\n')) as Record<string, unknown>[];
    expect(revisions).toHaveLength(2);
    expect(Object.keys(revisions[1]).sort()).toEqual(['author', 'hash', 'id', 'kind', 'note', 'parents', 'time']);
    expect(revisions[1]).toMatchObject({ id: checkpoint.id, parents: [revisions[0].id], kind: 'checkpoint', note: '送科长审核', hash: checkpoint.hash });
    expect(revisions[0]).toMatchObject({ parents: [], kind: 'checkpoint' });
  });

  it('prints a readable timeline without --json', async () => {
    const { db, draftId, checkpoint } = await draftWithTwoRevisions();
    const { io, out } = fakeIo();
    expect(await runCli(['history', draftId, '--db', db], io)).toBe(0);
    expect(out.join('\n')).toContain('手动保存');
    expect(out.join('\n')).toContain('送科长审核');
    expect(out.join('\n')).toContain(`版本 ${checkpoint.id}`);
    expect(out.join('\n')).toContain(`校验值 ${checkpoint.hash}`);
  });

  it('says what is wrong with a bad id, an unknown draft or a missing database', async () => {
    const { db } = await draftWithTwoRevisions();
    const bad = fakeIo();
    expect(await runCli(['history', '123', '--db', db], bad.io)).toBe(2);
    expect(bad.err).toEqual([expect.stringContaining('“123”不是草稿编号')]);
    const unknown = fakeIo();
    expect(await runCli(['history', '5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d', '--db', db], unknown.io)).toBe(1);
    expect(unknown.err).toEqual([expect.stringContaining('找不到这份草稿')]);
    const missing = fakeIo();
    expect(await runCli(['history', '5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d', '--db', join(tmpdir(), 'no-such-dir', 'x.sqlite3')], missing.io)).toBe(2);
    expect(missing.err).toEqual([expect.stringContaining('找不到数据库文件')]);
  });
});
