import { describe, expect, it } from 'vitest';
import { makeTestContext } from '../../../testing/testContext';
import { tamperRows } from '../../../testing/tamper';
import { warmListedDrafts } from './draftRecords';

describe('the draft list warmed while the page loads', () => {
  it('proves the rows a slice at a time, giving way between slices, and still lists a damaged one as damaged', async () => {
    const { ctx, handlers } = makeTestContext();
    const drafts: { id: string }[] = [];
    for (let n = 0; n < 250; n++) drafts.push(await handlers['drafts.create']({ templateId: 'zhengxie-lead' }));
    tamperRows(ctx.db, 'drafts', "title = '被改过的标题'", 'id = ?', drafts[210].id);

    let gaveWay = 0;
    await warmListedDrafts(ctx.db, async () => {
      gaveWay += 1;
    });
    expect(gaveWay).toBe(2);

    const listed = await handlers['drafts.list']({});
    expect(listed).toHaveLength(250);
    expect(listed.filter((draft) => draft.damaged).map((draft) => draft.id)).toEqual([drafts[210].id]);
  });

  it('stops when the store is closed under it', async () => {
    const { ctx, handlers } = makeTestContext();
    for (let n = 0; n < 250; n++) await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    await expect(
      warmListedDrafts(ctx.db, async () => {
        ctx.db.close();
      }),
    ).resolves.toBeUndefined();
  });
});
