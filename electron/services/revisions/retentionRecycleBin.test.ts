import { describe, expect, it } from 'vitest';
import { insertRevision, listRevisions } from './graph/revisionStore';
import { makeLetter } from '../../testing/sampleLetters';
import { makeTestContext } from '../../testing/testContext';

const DAY = 86_400_000;

describe('thinning with a draft in the 回收站', () => {
  it('thins the live drafts and leaves the deleted one’s history whole, instead of failing the run', async () => {
    const { ctx, handlers } = makeTestContext();
    const ids: string[] = [];
    for (let made = 0; made < 2; made++) {
      const draft = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
      let head = draft.base.revisionId;
      const start = ctx.now().getTime() - 30 * DAY;
      for (let i = 0; i < 6; i++) {
        const time = new Date(start + i * 3_600_000).toISOString();
        head = insertRevision(ctx.db, {
          draftId: draft.id,
          kind: 'auto',
          parents: [head],
          author: '王晶',
          time,
          content: makeLetter(300, i),
          fields: {},
          chars: 0,
        }).id;
      }
      ctx.db.prepare('UPDATE drafts SET head_revision_id = ? WHERE id = ?').run(head, draft.id);
      ids.push(draft.id);
    }
    await handlers['drafts.delete']({ draftId: ids[1] });

    const run = await handlers['retention.run']({});
    expect(run.drafts).toBe(1);
    expect(listRevisions(ctx.db, ids[0]).length).toBeLessThan(7);
    expect(listRevisions(ctx.db, ids[1])).toHaveLength(7);
  });
});
