import { describe, expect, it } from 'vitest';
import { makeTestContext } from '../../testing/testContext';
import { seedStore } from '../../testing/seedStore';
import { tamperRows } from '../../testing/tamper';
import { damagedRecords } from './damagedRecords';
import { DamagedRecordError, describeRecord } from './recordDamage';
import { overwritingDamage, rowSumTriggersSql, SUMMED_TABLES } from './rowSums';

async function storeWithWork() {
  const test = makeTestContext();
  await seedStore(test.handlers, { drafts: 2, checkpoints: 2 });
  await test.handlers['profile.save']({ ...(await test.handlers['profile.get']({})), fullName: '柳州市市场监督管理局' });
  const [draft] = await test.handlers['drafts.list']({});
  return { ...test, draft };
}

describe('row checksums', () => {
  it('are kept by every write the app makes, so a store in use has no damaged row', async () => {
    const { ctx } = await storeWithWork();
    expect(damagedRecords(ctx.db)).toEqual([]);
  });

  it('name a row changed under the app, with the columns that changed', async () => {
    const { ctx, draft } = await storeWithWork();
    tamperRows(ctx.db, 'drafts', "content = replace(content, '的', '地')", 'id = ?', draft.id);
    tamperRows(ctx.db, 'settings', "value = replace(value, '柳州', '梧州')", "key = 'bureauProfile'");
    const damaged = damagedRecords(ctx.db);
    expect(damaged.map((record) => [record.table, record.columns])).toEqual([
      ['drafts', ['content']],
      ['settings', ['value']],
    ]);
    expect(damaged.map(describeRecord)).toEqual([`草稿《${draft.title}》的正文`, '设置「单位信息」的内容']);
  });

  it('catch a row moved to another draft by a changed id', async () => {
    const { ctx, handlers, draft } = await storeWithWork();
    const [other] = (await handlers['drafts.list']({})).filter((summary) => summary.id !== draft.id);
    const [revision] = await handlers['revisions.list']({ draftId: draft.id });
    ctx.db.pragma('foreign_keys = OFF');
    tamperRows(ctx.db, 'revisions', 'draft_id = ?', 'id = ?', other.id, revision.id);
    expect(damagedRecords(ctx.db)).toEqual([{ table: 'revisions', key: revision.id, label: '', columns: ['draft_id'] }]);
    await expect(Promise.resolve().then(() => handlers['revisions.list']({ draftId: other.id }))).rejects.toThrow(DamagedRecordError);
  });

  it('refuse a write that would leave a damaged column as it is, and let a recovery write over it', async () => {
    const { ctx, draft } = await storeWithWork();
    tamperRows(ctx.db, 'drafts', "content = replace(content, '的', '地')", 'id = ?', draft.id);
    expect(() => ctx.db.prepare("UPDATE drafts SET review_state = 'submitted' WHERE id = ?").run(draft.id)).toThrow(DamagedRecordError);
    expect(() => ctx.db.prepare("UPDATE drafts SET review_state = 'submitted' WHERE id = ?").run(draft.id)).toThrow(/这次修改没有保存/);
    expect(damagedRecords(ctx.db).map((record) => record.columns)).toEqual([['content']]);
    overwritingDamage(ctx.db, () => ctx.db.prepare("UPDATE drafts SET content = replace(content, '地', '的') WHERE id = ?").run(draft.id));
    expect(damagedRecords(ctx.db)).toEqual([]);
  });

  it('stay current when thinning relinks the parents of the revisions it keeps', async () => {
    const { ctx, handlers, draft, advance } = await storeWithWork();
    for (let i = 0; i < 6; i++) {
      advance(6 * 60_000);
      const current = await handlers['drafts.get']({ draftId: draft.id });
      const text = {
        ...current.content,
        blocks: [...current.content.blocks, { role: 'body' as const, inlines: [{ t: 'text' as const, text: `第${i}次补充。` }] }],
      };
      await handlers['drafts.save']({ draftId: draft.id, base: current.base, content: text, fields: current.fields });
      await handlers['drafts.close']({ draftId: draft.id });
    }
    advance(40 * 24 * 3600_000);
    await handlers['retention.save']({ enabled: true, keepAllDays: 1, hourlyDays: 1 });
    const run = await handlers['retention.run']({});
    expect(run.removed).toBeGreaterThan(0);
    expect(damagedRecords(ctx.db)).toEqual([]);
  });

  it('have triggers over every column each summed table has now (a migration that adds a column must re-make them)', () => {
    const { ctx } = makeTestContext();
    for (const table of SUMMED_TABLES) {
      const stored = ctx.db
        .prepare("SELECT group_concat(sql, ';') FROM sqlite_schema WHERE type = 'trigger' AND name LIKE ? ORDER BY name")
        .pluck()
        .get(`${table}_row_sum_%`) as string;
      const expected = rowSumTriggersSql(ctx.db, table);
      const normalise = (sql: string) =>
        sql
          .replace(/\s+/g, ' ')
          .replace(/;\s*/g, ';')
          .replace(/ END;?/g, ' END')
          .trim();
      expect(normalise(stored).split(';').sort(), table).toEqual(normalise(expected).split(';').filter(Boolean).sort());
    }
  });
});
