import { describe, expect, it } from 'vitest';
import { makeTestContext } from '../../testing/testContext';

const HEADER = ['类别', '届次', '提案号', '案由', '提案者', '交办日期'];

async function setUp() {
  const test = makeTestContext();
  const { handlers } = test;
  const { imported } = await handlers['cases.import']({
    fileName: '清单.xlsx',
    rows: [
      HEADER,
      ['提案', '十三届三次会议', '1', '关于发挥质量强市标杆作用的建议', '九三学社柳州市委员会', '2026-03-10'],
      ['提案', '十三届三次会议', '2', '关于加强老旧小区加装电梯的建议', '张伟', '2026-03-10'],
    ],
  });
  const { draftId } = await handlers['cases.createReply']({ caseId: imported[1] });
  const draft = await handlers['drafts.get']({ draftId });
  const body = { role: 'body' as const, inlines: [{ t: 'text' as const, text: '我局会同住建部门召开专题会议，研究加装电梯补助政策。' }] };
  await handlers['drafts.save']({ draftId, base: draft.base, content: { ...draft.content, blocks: [...draft.content.blocks, body] }, fields: draft.fields });
  return { ...test, caseIds: imported, draftId };
}

describe('search', () => {
  it('finds one-, two-, three- and six-character queries with the match in a snippet', async () => {
    const { handlers, caseIds, draftId } = await setUp();
    const find = async (query: string) => (await handlers['search.query']({ query })).hits;

    const two = await find('会议');
    expect(two.map((hit) => hit.type).sort()).toEqual(['case', 'case', 'draft']);
    const inDraft = two.find((hit) => hit.id === draftId)!;
    expect(inDraft.snippet.slice(inDraft.match!.start, inDraft.match!.end)).toBe('会议');

    expect((await find('梯')).map((hit) => hit.id).sort()).toEqual([caseIds[1], draftId].sort());
    expect((await find('加装电梯')).map((hit) => hit.id).sort()).toEqual([caseIds[1], draftId].sort());
    expect((await find('补助政策')).map((hit) => hit.id)).toEqual([draftId]);
    const six = await find('质量强市标杆');
    expect(six).toEqual([
      { type: 'case', id: caseIds[0], title: '关于发挥质量强市标杆作用的建议', snippet: '关于发挥质量强市标杆作用的建议', match: { start: 4, end: 10 } },
    ]);
    expect(await find('没有的词')).toEqual([]);
    expect(await find('¥')).toEqual([]);
    expect((await find('、')).map((hit) => hit.id)).toEqual([draftId]);
    expect((await find('，研')).map((hit) => hit.id)).toEqual([draftId]);
  });

  it('cuts the snippet from the middle of a long letter and marks what was left off', async () => {
    const { handlers, draftId } = await setUp();
    const draft = await handlers['drafts.get']({ draftId });
    const long = `${'甲'.repeat(5000)}关于规范停车收费${'乙'.repeat(5000)}`;
    const blocks = [...draft.content.blocks, { role: 'body' as const, inlines: [{ t: 'text' as const, text: long }] }];
    await handlers['drafts.save']({ draftId, base: draft.base, content: { ...draft.content, blocks }, fields: draft.fields });
    for (const query of ['停车', '规范停车收费']) {
      const [hit] = (await handlers['search.query']({ query })).hits;
      expect(hit.snippet.startsWith('…甲') && hit.snippet.endsWith('乙…')).toBe(true);
      expect(hit.snippet.slice(hit.match!.start, hit.match!.end)).toBe(query);
      expect(hit.snippet.length).toBeLessThan(80);
    }
  });

  it('follows edits and the recycle bin, for short queries too', async () => {
    const { handlers, draftId } = await setUp();
    const count = async (query: string) => (await handlers['search.query']({ query })).total;
    expect(await count('补助')).toBe(1);
    const draft = await handlers['drafts.get']({ draftId });
    const content = { ...draft.content, blocks: draft.content.blocks.slice(0, -1) };
    await handlers['drafts.save']({ draftId, base: draft.base, content, fields: draft.fields });
    expect(await count('补助')).toBe(0);
    await handlers['drafts.delete']({ draftId });
    expect(await count('会议')).toBe(2);
    await handlers['drafts.undelete']({ draftId });
    expect(await count('会议')).toBe(3);
  });

  it('finds a draft by the name the clerk gave it', async () => {
    const { handlers, draftId } = await setUp();
    await handlers['drafts.rename']({ draftId, name: '电梯提案初稿' });
    const hits = (await handlers['search.query']({ query: '初稿' })).hits;
    expect(hits.map((hit) => [hit.id, hit.title])).toEqual([[draftId, '电梯提案初稿']]);
  });
});
