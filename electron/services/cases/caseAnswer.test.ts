import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { makeTestContext } from '../../testing/testContext';

const HEADER = ['类别', '届次', '提案号', '案由', '提案者', '承办方式', '交办日期'];

async function setUp() {
  const test = makeTestContext();
  const { handlers, advance } = test;
  const { imported } = await handlers['cases.import']({
    fileName: '清单.xlsx',
    rows: [
      HEADER,
      ['提案', '十三届三次会议', '1', '关于加强老旧小区加装电梯的建议', '张伟', '主办', '2026-03-10'],
      ['提案', '十三届三次会议', '2', '关于农村公路养护的建议', '李明', '协办', '2026-03-10'],
    ],
  });
  const [lead, assist] = imported;
  const newDraft = async (caseId: string, templateId?: string) => {
    advance(60_000);
    return (await handlers['cases.createReply']({ caseId, templateId })).draftId;
  };
  const deskRow = async (caseId: string) => (await handlers['cases.list']({})).find((item) => item.id === caseId)!;
  return { ...test, lead, assist, newDraft, deskRow };
}

describe('the draft that answers a case', () => {
  it('marks a 主办 case’s drafts as 答复函 and an opinion template’s draft as 协办意见; the latest reply answers until one is chosen', async () => {
    const { handlers, lead, newDraft, deskRow } = await setUp();
    const first = await newDraft(lead);
    const opinion = await newDraft(lead, 'zhengxie-assist');
    const second = await newDraft(lead);
    const detail = await handlers['cases.get']({ caseId: lead });
    expect(detail.drafts.map((draft) => [draft.id, draft.purpose, draft.answers])).toEqual([
      [first, 'reply', false],
      [opinion, 'opinion', false],
      [second, 'reply', true],
    ]);
    expect((await deskRow(lead)).answer).toMatchObject({ id: second, purpose: 'reply', chosen: false, candidates: 2 });

    const chosen = await handlers['cases.chooseAnswer']({ caseId: lead, draftId: first });
    expect(chosen.drafts.filter((draft) => draft.answers).map((draft) => draft.id)).toEqual([first]);
    expect((await deskRow(lead)).answer).toMatchObject({ id: first, title: '关于对十三届三次会议第1号提案的答复', chosen: true, candidates: 2 });
  });

  it('has the case status follow the chosen reply, not the draft worked on last', async () => {
    const { handlers, lead, newDraft, deskRow } = await setUp();
    const first = await newDraft(lead);
    const second = await newDraft(lead);
    await handlers['users.set']({ name: '王晶', unit: '办公室', role: 'drafter' });
    await handlers['keys.create']({ pin: '730915' });
    await handlers['review.transition']({ draftId: second, action: 'submit' });
    expect((await deskRow(lead)).status).toBe('submitted');
    await handlers['cases.chooseAnswer']({ caseId: lead, draftId: first });
    expect((await deskRow(lead)).status).toBe('drafting');
  });

  it('refuses an opinion or another case’s draft as the 正式答复, and keeps the choice through the 回收站', async () => {
    const { handlers, lead, assist, newDraft, deskRow } = await setUp();
    const first = await newDraft(lead);
    const opinion = await newDraft(lead, 'zhengxie-assist');
    const second = await newDraft(lead);
    const elsewhere = await newDraft(assist);
    const choose = async (draftId: string) => handlers['cases.chooseAnswer']({ caseId: lead, draftId });
    await expect(choose(opinion)).rejects.toThrow(/是协办意见，不能作为本件的正式答复/);
    await expect(choose(elsewhere)).rejects.toBeInstanceOf(ApiError);

    await handlers['cases.chooseAnswer']({ caseId: lead, draftId: first });
    await handlers['drafts.delete']({ draftId: first });
    expect((await deskRow(lead)).answer).toMatchObject({ id: second, chosen: false, candidates: 1 });
    await handlers['drafts.undelete']({ draftId: first });
    expect((await deskRow(lead)).answer).toMatchObject({ id: first, chosen: true });
  });

  it('makes the opinion the answer of a 协办 case', async () => {
    const { handlers, assist, newDraft, deskRow } = await setUp();
    const opinion = await newDraft(assist);
    expect((await handlers['cases.get']({ caseId: assist })).drafts).toMatchObject([{ id: opinion, purpose: 'opinion', answers: true }]);
    expect((await deskRow(assist)).answer).toMatchObject({ id: opinion, purpose: 'opinion', chosen: false, candidates: 1 });
    expect((await deskRow(assist)).status).toBe('drafting');
  });
});
