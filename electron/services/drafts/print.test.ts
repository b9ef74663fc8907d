import { describe, expect, it } from 'vitest';
import { liuzhou2023Letter } from '../../../shared/structure/fixtures/liuzhou2023';
import { DEFAULT_PRINT_SETTINGS } from '../../../shared/print/settings';
import { makeTestContext } from '../../testing/testContext';

describe('print.render', () => {
  it('turns the stored working copy into escaped print markup and lists unfilled fields', async () => {
    const { handlers } = makeTestContext();
    const draft = await handlers['drafts.import']({ fileName: '例文.txt', text: liuzhou2023Letter.replace('专此答复', '专此<答复>') });
    await handlers['drafts.save']({ draftId: draft.id, base: draft.base, content: draft.content, fields: { ...draft.fields, handler: '' } });
    const printed = await handlers['print.render']({ draftId: draft.id });
    expect(printed.settings).toEqual(DEFAULT_PRINT_SETTINGS);
    expect(printed.unfilled).toEqual(['承办人']);
    expect(printed.bodyHtml).toContain('专此&lt;答复&gt;');
    expect(printed.bodyHtml).toMatch(/<p class="date" data-block="\d+">2023年5月26日<\/p>/);
    expect(printed.css).toContain('@page { size: A4; margin: 0; }');
  });

  it('says so in Chinese when the draft is gone', async () => {
    const { handlers } = makeTestContext();
    expect(() => handlers['print.render']({ draftId: '7d1f2b7e-3c1a-4d2e-9f00-000000000001' })).toThrow('找不到这份草稿');
  });
});
