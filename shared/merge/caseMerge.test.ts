import { describe, expect, it } from 'vitest';
import { SAMPLE_CASE_FACTS } from '../cases/fixtures/caseFacts';
import { PackageCaseSchema, type PackageCase } from '../review/packageCase';
import { carriedCaseKey, missingExtensions, planCaseMerge, type StoredCase } from './caseMerge';

const FACTS = SAMPLE_CASE_FACTS;
const EXTENDED = { dueOn: '2023-07-01', approvedOn: '2023-05-20', reason: '需会同市财政局研究' };

const carried: PackageCase = {
  id: 'case-from-drafter',
  facts: FACTS,
  status: 'pending',
  satisfaction: '满意',
  extensions: [EXTENDED],
  createdAt: '2023-03-02T01:00:00.000Z',
  updatedAt: '2023-05-20T01:00:00.000Z',
};
const stored = (id: string, changes: Partial<StoredCase> = {}): StoredCase => ({
  id,
  facts: FACTS,
  status: 'pending',
  satisfaction: '满意',
  extensions: [EXTENDED],
  ...changes,
});

describe('the case that travels with a draft', () => {
  it('is created as carried on a PC that lacks it, with its extensions, and the draft filed under it', () => {
    expect(planCaseMerge(carried, {}, null)).toEqual({
      caseId: 'case-from-drafter',
      create: { case: carried, key: carriedCaseKey(carried) },
      addExtensions: [EXTENDED],
      touch: false,
      link: true,
      differences: [],
    });
  });

  it('changes nothing when the same case comes again with the same draft', () => {
    expect(planCaseMerge(carried, { byId: stored('case-from-drafter') }, 'case-from-drafter')).toEqual({
      caseId: 'case-from-drafter',
      create: null,
      addExtensions: [],
      touch: false,
      link: false,
      differences: [],
    });
  });

  it('is the case registered here from the 交办清单 under its own id: its facts kept, the differences listed, the extension added', () => {
    const local = stored('case-here', {
      facts: { ...FACTS, number: '11', session: '十三届第三次会议', handlerPhone: '0772-7654321' },
      satisfaction: null,
      extensions: [],
    });
    expect(carriedCaseKey(carried)).toBe(carriedCaseKey({ ...carried, facts: local.facts }));
    const plan = planCaseMerge(carried, { byKey: local }, null);
    expect(plan).toMatchObject({ caseId: 'case-here', create: null, addExtensions: [EXTENDED], touch: true, link: true });
    expect(plan.differences).toEqual([
      { label: '届次/会议', local: '十三届第三次会议', imported: '十三届三次会议' },
      { label: '编号', local: '11', imported: '第011号' },
      { label: '联系电话', local: '0772-7654321', imported: '0772-1234567' },
      { label: '满意度', local: '未填', imported: '满意' },
    ]);
  });

  it('is found by its id before its number', () => {
    expect(planCaseMerge(carried, { byId: stored('case-from-drafter'), byKey: stored('another-case') }, null).caseId).toBe('case-from-drafter');
  });

  it('leaves a draft filed under another case where it is', () => {
    expect(planCaseMerge(carried, { byId: stored('case-from-drafter') }, 'another-case').link).toBe(false);
  });

  it('shows long texts cut short and the case kind and status in words', () => {
    const local = stored('case-here', { facts: { ...FACTS, kind: 'renda', proposalText: '建'.repeat(50) }, status: 'replied' });
    expect(planCaseMerge(carried, { byKey: local }, null).differences).toEqual([
      { label: '类别', local: '人大建议', imported: '政协提案' },
      { label: '提案/建议内容', local: `${'建'.repeat(40)}…`, imported: FACTS.proposalText },
      { label: '办理状态', local: '已答复', imported: '待办' },
    ]);
  });
});

describe('deadline extensions', () => {
  it('adds only those this PC lacks, as records', () => {
    const later = { dueOn: '2023-08-01', approvedOn: '2023-06-25', reason: '再次延期' };
    expect(missingExtensions([EXTENDED], [EXTENDED, later])).toEqual([later]);
    expect(missingExtensions([], [EXTENDED])).toEqual([EXTENDED]);
  });
});

describe('领衔 and 附议 proposers between PCs', () => {
  it('reads a case from an older PC (no 附议人) as having none, and names a difference in 附议人 in words', () => {
    const oldFacts: Partial<typeof FACTS> = { ...FACTS };
    delete oldFacts.coProposers;
    const old = PackageCaseSchema.parse({ ...carried, id: '5f0c3a52-2b7e-4d5a-9a43-7f3e8c1d2b6a', facts: oldFacts });
    expect(old.facts.coProposers).toEqual([]);
    const joined = { ...carried, facts: { ...FACTS, coProposers: ['张华委员', '赵强委员'] } };
    expect(planCaseMerge(joined, { byId: stored('case-from-drafter') }, 'case-from-drafter').differences).toEqual([
      { label: '附议人', local: '', imported: '张华委员、赵强委员' },
    ]);
  });
});
