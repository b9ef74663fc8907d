import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SAMPLE_CASE_FACTS } from '../../../shared/cases/fixtures/caseFacts';
import { CaseFactsSchema } from '../../../shared/cases/caseModel';
import { caseAddressees } from '../../../shared/proofread/wordList';
import { makeTestContext } from '../../testing/testContext';
import { caseEvents } from './caseEvents';
import { casePush, DAMAGED_CASE, PulledCaseSchema, takeCase } from '../sync/caseSync';

const JOINT = {
  ...SAMPLE_CASE_FACTS,
  kind: 'renda' as const,
  session: '十七届五次会议',
  number: '86',
  title: '关于加强校园周边交通安全的建议',
  proposer: '王晓燕',
  coProposers: ['李强', '赵敏'],
};

describe('领衔 and 附议 proposers on a case', () => {
  it('are kept with the case, and a joint suggestion’s reply reads 「王晓燕等3名代表」', async () => {
    const { handlers, ctx } = makeTestContext();
    const { case: saved } = await handlers['cases.save']({ facts: JOINT });
    expect(saved.facts).toMatchObject({ proposer: '王晓燕', coProposers: ['李强', '赵敏'] });

    const { draftId } = await handlers['cases.createReply']({ caseId: saved.id });
    const draft = await handlers['drafts.get']({ draftId });
    expect(draft.templateId).toBe('renda-lead-joint');
    expect(draft.fields).toMatchObject({ deputy: '王晓燕', deputyCount: '3' });
    // The 称谓 check counts them: a draft with no 主送 line is answering several.
    const ofCase = await handlers['cases.ofDraft']({ draftId });
    expect(ofCase).toEqual({ proposers: ['王晓燕', '李强', '赵敏'], number: '86' });
    expect(caseAddressees({}, ofCase.proposers)).toBe('many');

    // A 附议 deputy added later reaches the reply and is logged as one change of the case.
    const { drafts } = await handlers['cases.save']({ caseId: saved.id, facts: { ...JOINT, coProposers: ['李强', '赵敏', '孙丽'] } });
    expect(drafts.updated).toEqual([draftId]);
    expect((await handlers['drafts.get']({ draftId })).fields.deputyCount).toBe('4');
    const found = await handlers['search.query']({ query: '孙丽', waitForIndex: true });
    expect(found.hits.filter((hit) => hit.type === 'case').map((hit) => hit.id)).toEqual([saved.id]);
    expect(caseEvents(ctx.db, saved.id).map((event) => [event.field, JSON.parse(event.value!)])).toEqual([
      ['coProposers', ['李强', '赵敏']],
      ['coProposers', ['李强', '赵敏', '孙丽']],
    ]);
  });

  it('stand on the desk and in the 办理台账 beside the 领衔', async () => {
    const { handlers } = makeTestContext();
    await handlers['cases.save']({ facts: JOINT });
    expect((await handlers['cases.list']({}))[0]).toMatchObject({ proposer: '王晓燕', coProposers: ['李强', '赵敏'] });
    const { base64 } = await handlers['cases.exportRegister']({});
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('办理台账')!;
    expect(sheet.getRow(1).getCell(6).value).toBe('提案者/代表');
    expect(sheet.getRow(2).getCell(6).value).toBe('王晓燕（领衔）、李强、赵敏');
  });

  it('are read from a 交办清单 with a 附议代表 column', async () => {
    const { handlers } = makeTestContext();
    const rows = [
      ['建议号', '标题', '领衔代表', '附议代表', '交办日期'],
      ['86', '关于加强校园周边交通安全的建议', '王晓燕', '李强、赵敏', '2026-03-10'],
    ];
    const result = await handlers['cases.import']({ fileName: '交办清单.xlsx', rows, defaults: { session: '十七届五次会议' } });
    const [caseId] = result.imported;
    expect((await handlers['cases.get']({ caseId })).facts).toMatchObject({ proposer: '王晓燕', coProposers: ['李强', '赵敏'] });
  });

  it('a later change of 附议人 reaches the other PC, and the case’s record pulled again leaves them as they are', async () => {
    const drafter = makeTestContext();
    const { case: saved } = await drafter.handlers['cases.save']({ facts: JOINT });
    drafter.advance(60_000);
    await drafter.handlers['cases.save']({ caseId: saved.id, facts: { ...JOINT, coProposers: ['李强'] } });
    const pushed = PulledCaseSchema.parse(JSON.parse(JSON.stringify(casePush(drafter.ctx.db, saved.id))));

    const other = makeTestContext();
    other.ctx.db.transaction(() => takeCase(other.ctx.db, pushed, '2026-05-26T03:00:00.000Z'))();
    expect((await other.handlers['cases.get']({ caseId: saved.id })).facts.coProposers).toEqual(['李强']);

    const older = PulledCaseSchema.parse({ ...pushed, events: [] });
    expect(older.case.facts.coProposers).toEqual([]);
    other.ctx.db.transaction(() => takeCase(other.ctx.db, { ...older, events: pushed.events }, '2026-05-26T04:00:00.000Z'))();
    expect((await other.handlers['cases.get']({ caseId: saved.id })).facts.coProposers).toEqual(['李强']);
  });

  it('go to the team server as events, so an app from before them still reads the case and skips them', async () => {
    const { handlers, ctx } = makeTestContext();
    const { case: joint } = await handlers['cases.save']({ facts: JOINT });
    const pushed = casePush(ctx.db, joint.id);
    expect(CaseFactsSchema.omit({ coProposers: true }).strict().safeParse(pushed.case.facts).success).toBe(true);
    expect(pushed.events.map((event) => [event.field, event.value])).toEqual([['coProposers', '["李强","赵敏"]']]);

    const other = makeTestContext();
    other.ctx.db.transaction(() => takeCase(other.ctx.db, PulledCaseSchema.parse(JSON.parse(JSON.stringify(pushed))), '2026-05-26T03:00:00.000Z'))();
    expect((await other.handlers['cases.get']({ caseId: joint.id })).facts.coProposers).toEqual(['李强', '赵敏']);
  });

  it('a damaged 附议人 change from the server is refused and nothing of the case is written', async () => {
    const drafter = makeTestContext();
    const { case: joint } = await drafter.handlers['cases.save']({ facts: JOINT });
    const pushed = PulledCaseSchema.parse(JSON.parse(JSON.stringify(casePush(drafter.ctx.db, joint.id))));
    const damaged = { ...pushed, events: pushed.events.map((event) => ({ ...event, value: '"李强"' })) };

    const other = makeTestContext();
    expect(() => other.ctx.db.transaction(() => takeCase(other.ctx.db, damaged, '2026-05-26T03:00:00.000Z'))()).toThrow(DAMAGED_CASE);
    expect(await other.handlers['cases.list']({})).toEqual([]);
  });

  it('are not wiped by the server’s first record of a case an older PC registered from the same list', async () => {
    const older = makeTestContext();
    const { case: registered } = await older.handlers['cases.save']({ facts: { ...JOINT, coProposers: [] } });
    const pushed = casePush(older.ctx.db, registered.id);
    const fromOlder = PulledCaseSchema.parse(pushed);

    const here = makeTestContext();
    const { case: imported } = await here.handlers['cases.save']({ facts: JOINT });
    here.ctx.db.transaction(() => takeCase(here.ctx.db, fromOlder, '2026-05-26T03:00:00.000Z'))();
    expect((await here.handlers['cases.get']({ caseId: imported.id })).facts.coProposers).toEqual(['李强', '赵敏']);
  });
});
