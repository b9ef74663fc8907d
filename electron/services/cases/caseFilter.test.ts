import { describe, expect, it } from 'vitest';
import { makeTestContext } from '../../testing/testContext';

const HEADER = ['类别', '届次', '提案号', '案由', '提案者', '承办方式', '交办日期', '办理期限'];
const row = (n: number, dueOn: string) => ['政协提案', '十三届三次会议', `第${n}号`, `关于第${n}件事的建议`, '张伟', '主办', '2026-03-10', dueOn];

describe('filtering the case desk', () => {
  it('narrows by 办理期限 in force, 答复类型 and the reply’s 成文日期', async () => {
    const { handlers } = makeTestContext();
    const { imported } = await handlers['cases.import']({
      fileName: '交办清单.xlsx',
      rows: [HEADER, row(1, '2026-05-20'), row(2, '2026-06-10'), row(3, '2026-07-01')],
    });
    const numbers = async (filter: Parameters<(typeof handlers)['cases.list']>[0]) => (await handlers['cases.list'](filter)).map((item) => item.number);
    expect(await numbers({})).toEqual(['第1号', '第2号', '第3号']);
    expect(await numbers({ dueFrom: '2026-06-01', dueTo: '2026-06-30' })).toEqual(['第2号']);
    await handlers['cases.extend']({ caseId: imported[0], dueOn: '2026-06-15', approvedOn: '2026-05-18', reason: '需会同多部门调研' });
    expect(await numbers({ dueFrom: '2026-06-01', dueTo: '2026-06-30' })).toEqual(['第2号', '第1号']);
    const third = await handlers['cases.get']({ caseId: imported[2] });
    await handlers['cases.save']({ caseId: third.id, facts: { ...third.facts, replyType: 'A' } });
    expect(await numbers({ replyType: 'A' })).toEqual(['第3号']);

    const { draftId } = await handlers['cases.createReply']({ caseId: imported[2] });
    const draft = await handlers['drafts.get']({ draftId });
    await handlers['drafts.save']({ draftId, base: draft.base, content: draft.content, fields: { ...draft.fields, signedOn: '2026-05-26' } });
    expect(await numbers({ signedFrom: '2026-05-26', signedTo: '2026-05-26' })).toEqual(['第3号']);
    expect(await numbers({ reviewStates: ['drafting'] })).toEqual(['第3号']);
    expect(await numbers({ reviewStates: ['approved'] })).toEqual([]);
  });
});
