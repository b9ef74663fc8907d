import { describe, expect, it } from 'vitest';
import { DamagedRecordError } from '../../db/rowSums/recordDamage';
import { appendAutoRevisions } from '../../testing/revisionChain';
import { tamperRows } from '../../testing/tamper';
import { makeTestContext } from '../../testing/testContext';
import type { ServiceContext } from '../context';
import { thinIfDue } from '../revisions/retentionRuns';
import { markShared } from '../revisions/graph/sharedRevisions';

const DAY = 24 * 3_600_000;

/** A draft with an automatic revision every hour over the last `days` days: plenty to thin. */
async function draftWithOldHistory(ctx: ServiceContext, create: () => { id: string } | Promise<{ id: string }>, days = 4) {
  const draft = await create();
  const start = ctx.now().getTime() - days * DAY;
  const times: string[] = [];
  for (let time = start; time < ctx.now().getTime() - DAY; time += 60 * 60_000) times.push(new Date(time).toISOString());
  const ids = appendAutoRevisions(ctx.db, draft.id, times, 3, 600);
  return { draftId: draft.id, ids };
}

const revisionCount = (ctx: ServiceContext) => ctx.db.prepare('SELECT count(*) FROM revisions').pluck().get() as number;

describe('a damaged setting', () => {
  it('is refused, never read as an empty 单位信息: no new draft, no letter out, until it is put right', async () => {
    const { ctx, handlers } = makeTestContext();
    const draft = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    await handlers['profile.save']({ ...(await handlers['profile.get']({})), fullName: '柳州市市场监督管理局', shortName: '柳州市市场监管局' });
    tamperRows(ctx.db, 'settings', "value = replace(value, '柳州', '梧州')", "key = 'bureauProfile'");

    const attempts: (() => unknown)[] = [
      () => handlers['profile.get']({}),
      () => handlers['drafts.create']({ templateId: 'zhengxie-lead' }),
      () => handlers['drafts.exportDocx']({ draftId: draft.id }),
      () => handlers['print.render']({ draftId: draft.id }),
    ];
    for (const attempt of attempts) {
      const error = await Promise.resolve()
        .then(attempt)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DamagedRecordError);
      expect((error as Error).message).toContain('设置「单位信息」的内容');
    }
    // Saving the profile again is the clerk's decision: it replaces the damaged value whole.
    await handlers['profile.save']({ ...(await import('../../../shared/profile/bureauProfile')).EMPTY_PROFILE, fullName: '柳州市市场监督管理局' });
    expect((await handlers['profile.get']({})).fullName).toBe('柳州市市场监督管理局');
  });

  it('of 版本精简 switched off keeps thinning from running, instead of switching it back on', async () => {
    const { ctx, handlers } = makeTestContext();
    await draftWithOldHistory(ctx, () => handlers['drafts.create']({ templateId: 'zhengxie-lead' }));
    await handlers['retention.save']({ enabled: false, keepAllDays: 1, hourlyDays: 7 });
    tamperRows(ctx.db, 'settings', "value = replace(value, 'false', 'fals ')", "key = 'retention.settings'");
    const before = revisionCount(ctx);
    await expect(thinIfDue(ctx.db, ctx.now())).rejects.toThrow(DamagedRecordError);
    expect(() => handlers['retention.get']({})).toThrow(/版本精简」设置/);
    expect(revisionCount(ctx)).toBe(before);
  });

  it('that lists the revisions sent in a package keeps those revisions from being thinned', async () => {
    const { ctx, handlers } = makeTestContext();
    const { draftId, ids } = await draftWithOldHistory(ctx, () => handlers['drafts.create']({ templateId: 'zhengxie-lead' }));
    markShared(ctx.db, draftId, ids);
    tamperRows(ctx.db, 'settings', "value = replace(value, '-', '+')", 'key = ?', `revisions.shared.${draftId}`);
    const before = revisionCount(ctx);
    await expect(Promise.resolve().then(() => handlers['retention.run']({}))).rejects.toThrow(/在草稿包中发送或收到过的版本清单/);
    expect(revisionCount(ctx)).toBe(before);
  });
});
