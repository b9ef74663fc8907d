import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_RETENTION_SETTINGS, RetentionSettingsSchema } from '../../../shared/retention/retentionSettings';
import { BACKUP_CHECK_EVERY_MS, openStoreSession } from '../../app/storeSession';
import { resourcesDir } from '../../app/paths';
import { listBackups } from '../../db/backups';
import { isThinned } from './retention';
import { retentionLog, thinIfDue, THINNING_INTERVAL_MS } from './retentionRuns';
import { insertRevision, listRevisions, readSnapshot, snapshotHash } from './graph/revisionStore';
import { editLetter, makeLetter, seededRandom } from '../../testing/sampleLetters';
import { loadTemplates } from '../templates/templates';
import { makeTestContext } from '../../testing/testContext';
import type { ServiceContext } from '../context';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Work on a draft from `fromDaysAgo` to `toDaysAgo`: an automatic revision every 20 minutes, a checkpoint every 12 hours. */
function work(ctx: ServiceContext, draftId: string, fromDaysAgo: number, toDaysAgo: number, seed: number): string[] {
  const random = seededRandom(seed);
  let head = ctx.db.prepare('SELECT head_revision_id FROM drafts WHERE id = ?').pluck().get(draftId) as string;
  let letter = readSnapshot(ctx.db, head).content;
  if (letter.blocks.length < 10) letter = makeLetter(800, seed);
  const added: string[] = [];
  const start = ctx.now().getTime() - fromDaysAgo * DAY;
  for (let i = 0; start + i * 20 * 60_000 < ctx.now().getTime() - toDaysAgo * DAY; i++) {
    letter = editLetter(letter, random);
    const time = new Date(start + i * 20 * 60_000).toISOString();
    head = insertRevision(ctx.db, {
      draftId,
      kind: i % 36 === 35 ? 'checkpoint' : 'auto',
      parents: [head],
      author: '王晶',
      time,
      content: letter,
      fields: {},
      chars: 0,
    }).id;
    added.push(head);
  }
  ctx.db.prepare('UPDATE drafts SET head_revision_id = ?, content = ? WHERE id = ?').run(head, JSON.stringify(letter), draftId);
  return added;
}

/** Every revision's stored bytes as they read back now, by id. */
const readBack = (ctx: ServiceContext, draftId: string) =>
  new Map(
    listRevisions(ctx.db, draftId).map((revision) => [
      revision.id,
      { kind: revision.kind, hash: revision.hash, json: JSON.stringify(readSnapshot(ctx.db, revision.id)) },
    ]),
  );

describe('the thinning policy as the clerk sets it', () => {
  it('reads the defaults, saves and reads back the clerk’s settings, and refuses settings that contradict each other', async () => {
    const { handlers } = makeTestContext();
    expect(await handlers['retention.get']({})).toEqual({ settings: DEFAULT_RETENTION_SETTINGS, log: [] });
    const settings = { enabled: true, keepAllDays: 3, hourlyDays: 30 };
    expect(await handlers['retention.save'](settings)).toEqual(settings);
    expect((await handlers['retention.get']({})).settings).toEqual(settings);
    const contradicting = RetentionSettingsSchema.safeParse({ enabled: true, keepAllDays: 10, hourlyDays: 2 });
    expect(contradicting.error?.issues[0].message).toBe('「每小时保留一个」的天数不能少于「全部保留」的天数');
  });

  it('when switched off, previews nothing, refuses to thin by hand and never runs on schedule', async () => {
    const { ctx, handlers } = makeTestContext();
    const draft = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    work(ctx, draft.id, 2, 0, 1);
    const off = { ...DEFAULT_RETENTION_SETTINGS, enabled: false };
    await handlers['retention.save'](off);
    expect(await handlers['retention.preview'](off)).toEqual({ revisions: 0, drafts: 0, message: '精简已关闭，不会删除任何版本。' });
    expect(() => handlers['retention.run']({})).toThrow(/精简已关闭/);
    expect(await thinIfDue(ctx.db, ctx.now())).toBeNull();
  });
});

describe('thinning every draft', () => {
  it('removes what the preview said, never a checkpoint or a revision sent or received in a package, and every kept revision reads back byte-identical', async () => {
    const { ctx, handlers } = makeTestContext();
    const draft = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    const sent = work(ctx, draft.id, 4, 2, 7);
    const pkg = await handlers['package.export']({ draftId: draft.id });
    const later = work(ctx, draft.id, 2, 0, 8);
    const before = readBack(ctx, draft.id);

    const preview = await handlers['retention.preview'](DEFAULT_RETENTION_SETTINGS);
    const run = await handlers['retention.run']({});

    expect(run).toMatchObject({ trigger: 'manual', removed: preview.revisions, drafts: 1 });
    expect(preview.message).toBe(`将精简 1 份草稿中 ${preview.revisions} 个自动保存的版本，保留所有检查点。`);
    const after = readBack(ctx, draft.id);
    expect(before.size - after.size).toBe(run.removed);
    expect(run.removed).toBeGreaterThan(30);
    expect(sent.filter((id) => !after.has(id))).toEqual([]);
    expect(later.filter((id) => !after.has(id) && isThinned(ctx.db, id))).toHaveLength(run.removed);
    for (const [id, revision] of before) if (revision.kind === 'checkpoint') expect(after.has(id)).toBe(true);
    for (const [id, revision] of after) {
      expect(revision).toEqual(before.get(id));
      expect(snapshotHash(JSON.parse(revision.json))).toBe(revision.hash);
    }
    expect(retentionLog(ctx.db)).toEqual([run]);

    // The PC that received the package keeps everything that came in it.
    const other = makeTestContext();
    await other.handlers['package.import']({ data: pkg.data });
    other.advance(30 * DAY);
    const received = readBack(other.ctx, draft.id);
    expect(await other.handlers['retention.preview'](DEFAULT_RETENTION_SETTINGS)).toMatchObject({ revisions: 0 });
    expect((await other.handlers['retention.run']({})).removed).toBe(0);
    expect(readBack(other.ctx, draft.id)).toEqual(received);
  });
});

describe('the thinning schedule', () => {
  afterEach(() => vi.useRealTimers());

  it('runs at most once a day, and never inside another transaction (a save)', async () => {
    const { ctx, handlers, advance } = makeTestContext();
    const draft = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    work(ctx, draft.id, 2, 0, 2);
    const first = await thinIfDue(ctx.db, ctx.now());
    expect(first).toMatchObject({ trigger: 'scheduled' });
    expect(first!.removed).toBeGreaterThan(0);
    advance(THINNING_INTERVAL_MS - 60_000);
    expect(await thinIfDue(ctx.db, ctx.now())).toBeNull();
    advance(60_000);

    ctx.db.exec('BEGIN');
    expect(await thinIfDue(ctx.db, ctx.now())).toBeNull();
    ctx.db.exec('COMMIT');
    expect(await thinIfDue(ctx.db, ctx.now())).toMatchObject({ trigger: 'scheduled' });
    expect(retentionLog(ctx.db)).toHaveLength(2);
  });

  it('runs after start, after the daily backup, then again from the hourly check once a day has passed', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const file = join(mkdtempSync(join(tmpdir(), 'dafu-retention-')), 'dafu.sqlite3');
    let now = new Date('2026-05-26T02:00:00Z');
    const options = { templates: loadTemplates(join(resourcesDir(), 'templates')), author: '王晶', now: () => now, scheduledBackups: true };
    const session = openStoreSession(file, options);
    await session.upkeep();
    const log = async () => (await session.handlers()['retention.get']({})).log;
    const [started] = await log();
    const [backup] = listBackups(file);
    expect(started).toMatchObject({ trigger: 'scheduled', at: now.toISOString() });
    expect(backup.reason).toBe('scheduled');

    now = new Date(now.getTime() + 12 * HOUR);
    vi.advanceTimersByTime(BACKUP_CHECK_EVERY_MS);
    await session.upkeep();
    expect(await log()).toHaveLength(1);
    now = new Date(now.getTime() + 12 * HOUR);
    vi.advanceTimersByTime(BACKUP_CHECK_EVERY_MS);
    await session.upkeep();
    expect(await log()).toHaveLength(2);
    expect(listBackups(file).filter((b) => b.reason === 'scheduled')).toHaveLength(2);
    session.close();
  });
});
