import { describe, expect, it } from 'vitest';
import { makeTestContext } from '../../testing/testContext';

describe('the case window’s 修改记录', () => {
  it('lists each change of a fact with who made it, newest first, from the value it replaced', async () => {
    const { handlers, advance } = makeTestContext();
    const imported = await handlers['cases.import']({
      fileName: '交办清单.xlsx',
      rows: [
        ['序号', '类别', '届次', '提案号', '案由', '提案者', '承办方式', '交办日期', '办理期限'],
        ['1', '政协提案', '十三届三次会议', '第011号', '关于夜间经济的建议', '王委员', '主办', '2026-03-10', '2026-06-10'],
      ],
    });
    const [caseId] = imported.imported;
    expect(await handlers['cases.log']({ caseId })).toEqual([]);

    for (const dueOn of ['2026-06-20', '2026-07-01']) {
      advance(60_000);
      const { facts } = await handlers['cases.get']({ caseId });
      await handlers['cases.save']({ caseId, facts: { ...facts, dueOn } });
    }
    expect((await handlers['cases.log']({ caseId })).map(({ label, by, from, to }) => [label, by, from, to])).toEqual([
      ['办理期限', '王晶', '2026年6月20日', '2026年7月1日'],
      ['办理期限', '王晶', null, '2026年6月20日'],
    ]);
    await expect(Promise.resolve().then(() => handlers['cases.log']({ caseId: '00000000-0000-4000-8000-000000000000' }))).rejects.toThrow(/找不到这件提案/);
  });
});
