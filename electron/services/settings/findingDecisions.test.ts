import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DecidedFinding } from '../../../shared/proofread/decisions';
import { makeTestContext } from '../../testing/testContext';

const accepted: DecidedFinding = { rule: '错别字', excerpt: '布署', suggestion: '改为“部署”', decision: 'accepted', decidedAt: '2026-05-26T02:00:00.000Z' };
const reported: DecidedFinding = { ...accepted, excerpt: '作好准备', suggestion: '改为“做好准备”', decision: 'reported' };

describe('decisions in the findings report', () => {
  it('are kept with the draft, so a report after a restart still lists them', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dafu-decisions-')), 'dafu.sqlite3');
    const first = makeTestContext(file);
    const draft = await first.handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    const other = await first.handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    await first.handlers['proofread.addDecisions']({ draftId: draft.id, decisions: [accepted] });
    await first.handlers['proofread.addDecisions']({ draftId: draft.id, decisions: [reported] });
    first.ctx.db.close();

    const again = makeTestContext(file);
    expect(await again.handlers['proofread.decisions']({ draftId: draft.id })).toEqual([accepted, reported]);
    expect(await again.handlers['proofread.decisions']({ draftId: other.id })).toEqual([]);
    again.ctx.db.close();
  });

  it('refuse 「报告误报」 for text still to be filled in', async () => {
    const { handlers } = makeTestContext();
    const report = {
      rule: '待填写的内容',
      excerpt: '〔提案号〕',
      sentence: '您提出的第〔提案号〕号提案收悉。',
      message: '',
      letter: '答复',
      reportedAt: '2026-05-26',
    };
    expect(() => handlers['proofread.reportFalse'](report)).toThrow('“〔提案号〕”是待填写的内容，不是误报');
    expect(await handlers['proofread.falseReports']({})).toEqual([]);
  });
});
