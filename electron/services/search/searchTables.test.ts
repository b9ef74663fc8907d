import { describe, expect, it } from 'vitest';
import { makeTestContext } from '../../testing/testContext';
import { fundsTable } from '../../../shared/model/fixtures/sampleTables';

describe('searching a letter with a table', () => {
  it('finds the text of every cell, and never a match made across two cells', async () => {
    const { handlers } = makeTestContext();
    const draft = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    await handlers['drafts.save']({
      draftId: draft.id,
      base: draft.base,
      content: { ...draft.content, blocks: [...draft.content.blocks, fundsTable()] },
      fields: draft.fields,
    });
    const find = async (query: string) => (await handlers['search.query']({ query })).hits.map((hit) => hit.id);
    for (const cell of ['加装电梯补助资金安排', '单位：万元', '区级配套', '2024年']) expect(await find(cell)).toEqual([draft.id]);
    // 「市级补助」 ends one cell and 「1200」 starts the next: the two are separate units.
    expect(await find('市级补助1200')).toEqual([]);
  });
});
