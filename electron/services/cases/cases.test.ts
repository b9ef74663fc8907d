import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { makeTestContext } from '../../testing/testContext';

const HEADER = ['序号', '类别', '届次', '提案号', '案由', '提案者', '承办方式', '交办日期', '办理期限'];
const row = (n: number, over: Partial<Record<number, string>> = {}) =>
  Object.assign(
    [String(n), '政协提案', '十三届三次会议', `第${String(n).padStart(3, '0')}号`, `关于第${n}件事的建议`, '九三学社柳州市委员会', '主办', '2026-03-10', ''],
    over,
  );

async function importRows(handlers: ReturnType<typeof makeTestContext>['handlers'], rows: string[][]) {
  return handlers['cases.import']({ fileName: '交办清单.xlsx', rows: [['2026年政协提案交办清单'], HEADER, ...rows] });
}

describe('case register', () => {
  it('imports good rows, reports duplicates and rejected rows with reasons, and lists by deadline', async () => {
    const { handlers } = makeTestContext();
    const first = await importRows(handlers, [row(1), row(2, { 8: '2026-05-20' }), row(3, { 7: '2026-04-01' }), row(4, { 4: '' })]);
    expect(first.imported).toHaveLength(3);
    expect(first.rejected).toEqual([{ row: 6, reasons: ['缺少标题'] }]);
    const again = await importRows(handlers, [row(1), row(5)]);
    expect(again.imported).toHaveLength(1);
    expect(again.duplicates).toEqual([{ row: 3, number: '第001号', title: '关于第1件事的建议', inFile: false }]);

    const desk = await handlers['cases.list']({});
    expect(desk.map((c) => [c.number, c.dueOn, c.status, c.overdue])).toEqual([
      ['第002号', '2026-05-20', 'pending', true],
      ['第001号', '2026-06-10', 'pending', false],
      ['第005号', '2026-06-10', 'pending', false],
      ['第003号', '2026-07-01', 'pending', false],
    ]);
    expect(desk[1].daysLeft).toBe(15);
  });

  it('reads an .xlsx with real date cells and a GBK-free UTF-8 .csv keeping numbers as written', async () => {
    const { handlers } = makeTestContext();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('清单');
    sheet.addRow(['建议号', '标题', '领衔代表', '主办/协办', '交办时间']);
    sheet.addRow(['012', '关于增设停车位的建议', '李明', '协办', new Date(Date.UTC(2026, 0, 31))]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const preview = await handlers['cases.importPreview']({ fileName: '清单.xlsx', base64: xlsx, defaults: { session: '市十七届人大五次会议' } });
    expect(preview.mapping).toEqual(['number', 'title', 'proposer', 'role', 'assignedOn']);
    expect(preview.accepted[0].facts).toMatchObject({ kind: 'renda', number: '012', role: 'assist', assignedOn: '2026-01-31', dueOn: '2026-02-28' });

    const csv = Buffer.from(
      '\ufeff类别,届次,编号,标题,提案人,承办方式,交办日期\n提案,十三届三次会议,007,"关于加强食品安全,监管的建议",张伟,会办,2026/3/1\n',
    ).toString('base64');
    const result = await handlers['cases.import']({ fileName: '清单.csv', base64: csv });
    expect(result.imported).toHaveLength(1);
    const [saved] = await handlers['cases.list']({});
    expect(saved).toMatchObject({ number: '007', title: '关于加强食品安全,监管的建议', role: 'joint', dueOn: '2026-04-01' });
  });

  it('refuses a file that is not a spreadsheet with a Chinese message', async () => {
    const { handlers } = makeTestContext();
    await expect(handlers['cases.import']({ fileName: '清单.xlsx', base64: Buffer.from('not a zip').toString('base64') })).rejects.toThrow(/不像 Excel 表格/);
    await expect(handlers['cases.import']({ fileName: '清单.doc', base64: 'AA==' })).rejects.toThrow(/不是 .xlsx 或 .csv/);
  });
});

describe('case facts and drafts', () => {
  it('creates a reply with the facts in its fields, pushes later changes to unlocked drafts, and a signed draft refuses', async () => {
    const { ctx, handlers, advance } = makeTestContext();
    const [caseId] = (await importRows(handlers, [row(11)])).imported;
    const { draftId } = await handlers['cases.createReply']({ caseId });
    const draft = await handlers['drafts.get']({ draftId });
    expect(draft.templateId).toBe('zhengxie-lead');
    expect(draft.fields).toMatchObject({
      sessionName: '十三届三次会议',
      proposalNumber: '011',
      proposalTitle: '关于第11件事的建议',
      proposer: '九三学社柳州市委员会',
    });
    expect(draft.title).toBe('关于对十三届三次会议第011号提案的答复');
    expect((await handlers['cases.get']({ caseId })).status).toBe('drafting');

    const { draftId: signedId } = await handlers['cases.createReply']({ caseId, templateId: 'zhengxie-lead-member' });
    ctx.db.prepare("UPDATE drafts SET review_state = 'signed' WHERE id = ?").run(signedId);

    advance(60_000);
    const detail = await handlers['cases.get']({ caseId });
    const saved = await handlers['cases.save']({ caseId, facts: { ...detail.facts, title: '关于第11件事的意见', handler: '王晶' } });
    expect(saved.drafts.updated).toEqual([draftId]);
    expect(saved.drafts.refused).toEqual([{ id: signedId, title: expect.any(String) }]);

    const updated = await handlers['drafts.get']({ draftId });
    expect(updated.fields).toMatchObject({ proposalTitle: '关于第11件事的意见', handler: '王晶' });
    expect(updated.base.seq).toBe(draft.base.seq + 1);
    const revisions = await handlers['revisions.list']({ draftId });
    expect(revisions.map((r) => r.kind)).toContain('case-update');
    expect((await handlers['drafts.get']({ draftId: signedId })).fields.proposalTitle).toBe('关于第11件事的建议');

    // An editor still holding the old working copy saves a parallel line, never over the case's facts.
    const stale = await handlers['drafts.save']({ draftId, base: draft.base, content: draft.content, fields: draft.fields });
    expect(stale.status).toBe('diverged');
  });

  it('records extensions, 已答复 and 满意度, and refuses a second case with the same key', async () => {
    const { handlers } = makeTestContext();
    const [caseId] = (await importRows(handlers, [row(2, { 8: '2026-05-20' })])).imported;
    expect((await handlers['cases.get']({ caseId })).overdue).toBe(true);
    const extended = await handlers['cases.extend']({ caseId, dueOn: '2026-06-30', approvedOn: '2026-05-15', reason: '需会同住建部门调研' });
    expect(extended).toMatchObject({
      dueOn: '2026-06-30',
      overdue: false,
      extensions: [{ dueOn: '2026-06-30', approvedOn: '2026-05-15', reason: '需会同住建部门调研' }],
    });
    const closed = await handlers['cases.save']({ caseId, facts: extended.facts, status: 'closed', satisfaction: '基本满意' });
    expect(closed.case).toMatchObject({ status: 'closed', satisfaction: '基本满意' });
    await expect(async () => handlers['cases.save']({ facts: { ...extended.facts, number: '2' } })).rejects.toThrow(/已有同一届次/);
  });

  it('exports the register as an .xlsx the clerk can open', async () => {
    const { handlers } = makeTestContext();
    await importRows(handlers, [row(1), row(2, { 8: '2026-05-20' })]);
    const { fileName, base64 } = await handlers['cases.exportRegister']({});
    expect(fileName).toBe('办理台账-2026-05-26.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('办理台账')!;
    expect(sheet.getRow(1).getCell(5).value).toBe('标题');
    expect(sheet.getRow(2).getCell(4).value).toBe('第002号');
    expect(sheet.getRow(2).getCell(12).value).toBe('超期');
    expect((sheet.getRow(2).getCell(9).value as Date).toISOString().slice(0, 10)).toBe('2026-05-20');
  });
});
