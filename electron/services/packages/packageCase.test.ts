import { describe, expect, it } from 'vitest';
import { SAMPLE_CASE_FACTS } from '../../../shared/cases/fixtures/caseFacts';
import { carry, drafterAndReviewer, dump, rezip, sha, type ReviewPc } from '../../testing/reviewTestKit';

const FACTS = SAMPLE_CASE_FACTS;

/** The drafter's PC: a case from the 交办清单, an approved extension, 满意度, and the reply drafted for it. */
async function caseWithReply() {
  const { drafter, reviewer } = drafterAndReviewer();
  const saved = await drafter.handlers['cases.save']({ facts: FACTS, satisfaction: '满意' });
  const caseId = saved.case.id;
  await drafter.handlers['cases.extend']({ caseId, dueOn: '2023-07-01', approvedOn: '2023-05-20', reason: '需会同市财政局研究' });
  const { draftId } = await drafter.handlers['cases.createReply']({ caseId });
  return { drafter, reviewer, caseId, draftId };
}

const caseOf = (pc: ReviewPc, caseId: string) => pc.handlers['cases.get']({ caseId });

describe('the case travels with its draft', () => {
  it('creates the case on a PC that lacks it, with its facts, deadline extension and 满意度, the draft filed under it', async () => {
    const { drafter, reviewer, caseId, draftId } = await caseWithReply();
    const { report } = await carry(drafter, reviewer, draftId);
    expect(report.case).toMatchObject({ caseId, number: '第011号', created: true, linked: true, extensionsAdded: 1, differences: [] });
    const [here, there] = await Promise.all([caseOf(drafter, caseId), caseOf(reviewer, caseId)]);
    expect(there.facts).toEqual(here.facts);
    expect(there.extensions).toEqual(here.extensions);
    expect(there).toMatchObject({ dueOn: '2023-07-01', satisfaction: '满意', storedStatus: 'pending' });
    expect(there.drafts.map((draft) => draft.id)).toEqual([draftId]);
  });

  it('changes nothing when the same package is imported again', async () => {
    const { drafter, reviewer, draftId } = await caseWithReply();
    const { data } = await carry(drafter, reviewer, draftId);
    const before = dump(reviewer.ctx.db);
    reviewer.advance(3600_000);
    const again = await reviewer.handlers['package.import']({ data });
    expect(again.case).toMatchObject({ created: false, linked: false, extensionsAdded: 0, differences: [] });
    expect(dump(reviewer.ctx.db)).toEqual(before);
  });

  it('recognises a case registered here by kind, session and number, keeps its facts and reports where the package differs', async () => {
    const { drafter, reviewer, draftId } = await caseWithReply();
    // The reviewer's office registered the same proposal from its own list, writing the number and session its own way.
    const local = await reviewer.handlers['cases.save']({ facts: { ...FACTS, number: '11', session: '十三届第三次会议', handlerPhone: '0772-7654321' } });
    const { report } = await carry(drafter, reviewer, draftId);
    expect(report.case).toMatchObject({ caseId: local.case.id, created: false, linked: true, extensionsAdded: 1 });
    expect(report.case!.differences).toEqual([
      { label: '届次/会议', local: '十三届第三次会议', imported: '十三届三次会议' },
      { label: '编号', local: '11', imported: '第011号' },
      { label: '联系电话', local: '0772-7654321', imported: '0772-1234567' },
      { label: '满意度', local: '未填', imported: '满意' },
    ]);
    const there = await caseOf(reviewer, local.case.id);
    expect(there.facts).toEqual(local.case.facts);
    expect(there.satisfaction).toBeNull();
    expect(there.drafts.map((draft) => draft.id)).toEqual([draftId]);
    expect((await reviewer.handlers['cases.list']({})).map((summary) => summary.id)).toEqual([local.case.id]);
  });

  it('still imports a format-1 package, which carries no case', async () => {
    const { drafter, reviewer, draftId } = await caseWithReply();
    const { data } = await drafter.handlers['package.export']({ draftId });
    const formatOne = await rezip(data, (manifest, payload) => {
      const older = JSON.parse(payload) as Record<string, unknown>;
      delete older.case;
      const text = JSON.stringify(older);
      return [{ ...manifest, formatVersion: 1, payloadHash: sha(text) }, text];
    });
    const report = await reviewer.handlers['package.import']({ data: formatOne });
    expect(report).toMatchObject({ draftId, created: true, case: null });
    expect(await reviewer.handlers['cases.list']({})).toEqual([]);
    expect((await reviewer.handlers['drafts.get']({ draftId })).fields).toEqual((await drafter.handlers['drafts.get']({ draftId })).fields);
  });
});
