import { describe, expect, it } from 'vitest';
import { makeTestContext } from '../../testing/testContext';

describe('proofreading preferences', () => {
  it('keep rules turned off and findings ignored per draft, in the database', async () => {
    const { handlers } = makeTestContext();
    expect(await handlers['proofread.preferences']({})).toEqual({ on: true, disabledRules: [] });
    await handlers['proofread.savePreferences']({ on: false, disabledRules: ['number-percent'] });
    expect(await handlers['proofread.preferences']({})).toEqual({ on: false, disabledRules: ['number-percent'] });

    const draft = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    const other = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    await handlers['proofread.saveIgnored']({ draftId: draft.id, keys: ['date-malformed:2023526'] });
    expect(await handlers['proofread.ignored']({ draftId: draft.id })).toEqual(['date-malformed:2023526']);
    expect(await handlers['proofread.ignored']({ draftId: other.id })).toEqual([]);
  });
});
