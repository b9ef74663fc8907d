import { describe, expect, it } from 'vitest';
import { liuzhou2023Letter } from '../../../shared/structure/fixtures/liuzhou2023';
import { makeTestContext } from '../../testing/testContext';
import { readSnapshot } from '../revisions/graph/revisionStore';

describe('importing a letter', () => {
  it('makes a new draft whose first revision is an import holding the recognised letter', async () => {
    const { ctx, handlers } = makeTestContext();
    const draft = await handlers['drafts.import']({ fileName: '011号提案答复.txt', text: liuzhou2023Letter });
    expect(draft.title).toBe('关于对柳州市政协十三届三次会议第011号提案的答复');
    expect(draft.templateId).toBeNull();
    expect(draft.unfilled).toBe(0);
    expect(draft.fields).toMatchObject({ proposalNumber: '011', proposer: '九三学社柳州市委员会', signedOn: '2023-05-26' });
    expect(draft.warnings.length).toBeGreaterThan(0);

    const revisions = await handlers['revisions.list']({ draftId: draft.id });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ kind: 'import', parents: [], note: '从文件「011号提案答复.txt」导入' });
    expect(readSnapshot(ctx.db, revisions[0].id)).toEqual({ content: draft.content, fields: draft.fields });
    expect((await handlers['drafts.list']({})).map((summary) => summary.id)).toContain(draft.id);
  });

  it('refuses a file with no text in it', async () => {
    const { handlers } = makeTestContext();
    expect(() => handlers['drafts.import']({ fileName: '空白.txt', text: ' \n ' })).toThrow('「空白.txt」里没有文字');
  });

  it('refuses a letter longer than a draft can hold, naming the limit, and stores nothing', async () => {
    const { handlers } = makeTestContext();
    const manyLines = Array.from({ length: 20_001 }, (_, i) => `第${i + 1}段。`).join('\n');
    expect(() => handlers['drafts.import']({ fileName: '汇编.txt', text: manyLines })).toThrow(
      /「汇编\.txt」超出了一封答复函能存的范围，没有存入：一封答复函最多 20,000 段，这份有 20,001 段/,
    );
    expect(() => handlers['drafts.import']({ fileName: '一行.txt', text: `关于某事的答复\n${'长'.repeat(200_001)}` })).toThrow(/一段文字最多 200,000 字/);
    expect(await handlers['drafts.list']({})).toEqual([]);
  });

  it('splits a letter longer than a draft can hold into several drafts, in order, when the clerk asks', async () => {
    const { handlers } = makeTestContext();
    const manyLines = Array.from({ length: 45_000 }, (_, i) => `第${i + 1}段。`).join('\n');
    const first = await handlers['drafts.import']({ fileName: '汇编.txt', text: manyLines, split: true });
    expect(first.parts).toHaveLength(3);
    expect(first.parts[0].id).toBe(first.id);

    const drafts = await Promise.all(first.parts.map(({ id }) => handlers['drafts.get']({ draftId: id })));
    const texts = drafts.map((draft) => draft.content.blocks.map((block) => block.inlines.map((run) => ('text' in run ? run.text : '')).join('')));
    expect(texts.flat()).toEqual(manyLines.split('\n'));
    const notes = await Promise.all(first.parts.map(async ({ id }) => (await handlers['revisions.list']({ draftId: id }))[0].note));
    expect(notes).toEqual(['从文件「汇编.txt」第 1/3 份导入', '从文件「汇编.txt」第 2/3 份导入', '从文件「汇编.txt」第 3/3 份导入']);
  });
});
