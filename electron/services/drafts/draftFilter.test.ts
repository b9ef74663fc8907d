import { describe, expect, it } from 'vitest';
import { drafterAndReviewer } from '../../testing/reviewTestKit';

type Handlers = ReturnType<typeof drafterAndReviewer>['drafter']['handlers'];

async function letterDated(handlers: Handlers, name: string, signedOn: string, replyType = 'A') {
  const draft = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
  await handlers['drafts.save']({ draftId: draft.id, base: draft.base, content: draft.content, fields: { ...draft.fields, signedOn, replyType } });
  await handlers['drafts.rename']({ draftId: draft.id, name });
  return draft.id;
}

const titles = async (handlers: Handlers, filter: Parameters<Handlers['drafts.list']>[0]) =>
  (await handlers['drafts.list'](filter)).map((draft) => draft.title).sort();

describe('filtering the draft list', () => {
  it('narrows by 成文日期 range, review state and 答复类型, comparing days rather than text', async () => {
    const { handlers } = drafterAndReviewer().drafter;
    await letterDated(handlers, '四月的答复', '2023-04-30');
    const may = await letterDated(handlers, '五月的答复', '2023-05-26', 'B');
    await letterDated(handlers, '六月的答复', '2023-06-01');
    await handlers['review.transition']({ draftId: may, action: 'submit' });

    expect(await titles(handlers, {})).toEqual(['五月的答复', '六月的答复', '四月的答复']);
    expect(await titles(handlers, { signedFrom: '2023-05-01', signedTo: '2023-05-31' })).toEqual(['五月的答复']);
    expect(await titles(handlers, { signedFrom: '2023-05-26' })).toEqual(['五月的答复', '六月的答复']);
    expect(await titles(handlers, { signedTo: '2023-05-26' })).toEqual(['五月的答复', '四月的答复']);
    expect(await titles(handlers, { reviewStates: ['submitted'] })).toEqual(['五月的答复']);
    expect(await titles(handlers, { reviewStates: ['drafting'], replyType: 'A' })).toEqual(['六月的答复', '四月的答复']);
    // A draft with no 办理期限 (no case) never falls in a deadline range.
    expect(await titles(handlers, { dueFrom: '2000-01-01' })).toEqual([]);
  });
});
