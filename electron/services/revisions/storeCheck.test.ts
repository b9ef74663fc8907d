import { describe, expect, it } from 'vitest';
import { insertRevision, readSnapshot } from './graph/revisionStore';
import { verifyRevisions } from './storeCheck';
import { editLetter, makeLetter, seededRandom } from '../../testing/sampleLetters';
import { makeTestContext } from '../../testing/testContext';
import { tamperRows } from '../../testing/tamper';

describe('proving every revision (dafu check)', () => {
  it('rebuilds each delta once and names damage exactly as opening each revision names it', async () => {
    const { ctx, handlers } = makeTestContext();
    const draft = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    const random = seededRandom(7);
    let letter = makeLetter(300, 7);
    let head = draft.base.revisionId;
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      letter = editLetter(letter, random);
      head = insertRevision(ctx.db, {
        draftId: draft.id,
        kind: 'auto',
        parents: [head],
        author: '王晶',
        time: ctx.now().toISOString(),
        content: letter,
        fields: {},
        chars: 0,
      }).id;
      ids.push(head);
    }
    expect(verifyRevisions(ctx.db)).toEqual({ checked: 13, damaged: [] });

    // A bad sector under one delta in the middle of the chain: it and every revision stored against it fail.
    const victim = ctx.db
      .prepare("SELECT id FROM revisions WHERE encoding = 'delta+br' AND id IN (SELECT base_id FROM revisions) ORDER BY depth LIMIT 1")
      .pluck()
      .get() as string;
    tamperRows(ctx.db, 'revisions', 'body = zeroblob(12)', 'id = ?', victim);
    const asOpened = [draft.base.revisionId, ...ids].flatMap((id) => {
      try {
        readSnapshot(ctx.db, id);
        return [];
      } catch (error) {
        return [{ revisionId: id, draftId: draft.id, message: (error as Error).message }];
      }
    });
    expect(asOpened.length).toBeGreaterThan(1);
    expect(asOpened.filter((found) => found.message.includes(`它所依据的版本 ${victim} 已损坏`)).length).toBe(asOpened.length - 1);
    expect(verifyRevisions(ctx.db)).toEqual({ checked: 13, damaged: asOpened });
  });
});
