import { describe, expect, it } from 'vitest';
import { proofread } from '../../../shared/proofread/proofread';
import { makeTestContext } from '../../testing/testContext';

const pair = {
  wrong: '柳州市工商局',
  right: '柳州市市场监督管理局',
  context: '词语' as const,
  source: '本单位',
  fires: ['请柳州市工商局协助。'],
  passes: ['请柳州市市场监督管理局协助。'],
};

describe('the bureau’s own lists', () => {
  it('keep the rows the office adds and refuse a row whose examples fail, naming it', async () => {
    const { handlers } = makeTestContext();
    await handlers['bureauLists.save']({ lists: { confusion: [], standardTerm: [pair] } });
    expect(() => handlers['bureauLists.save']({ lists: { confusion: [{ ...pair, fires: ['没有这个词。'] }], standardTerm: [] } })).toThrow(
      '易混淆词第 1 条：例句“没有这个词。”里没有找到“柳州市工商局”',
    );
    const lists = await handlers['bureauLists.get']({});
    expect(lists.standardTerm).toEqual([pair]);
    expect(proofread('请柳州市工商局协助。', { lists }).map((finding) => finding.fix)).toContain('柳州市市场监督管理局');
  });

  it('go out as a sheet and come back; a bad line is refused with its row number and the rest kept', async () => {
    const office = makeTestContext();
    await office.handlers['bureauLists.save']({ lists: { confusion: [], standardTerm: [pair] } });
    const { base64 } = await office.handlers['bureauLists.exportSheet']({});
    const desk = makeTestContext();
    const imported = await desk.handlers['bureauLists.importSheet']({ fileName: '词表.xlsx', base64 });
    expect(imported).toEqual({ lists: { confusion: [], standardTerm: [pair] }, refused: [] });
  });

  it('roll out with the 单位信息 file, with the rules the office switched off', async () => {
    const office = makeTestContext();
    await office.handlers['bureauLists.save']({ lists: { confusion: [], standardTerm: [pair] } });
    await office.handlers['proofread.savePreferences']({ on: true, disabledRules: ['doubled-word'] });
    const { text } = await office.handlers['profile.export']({});
    const desk = makeTestContext();
    expect(await desk.handlers['profile.import']({ text })).toMatchObject({ refused: [] });
    expect((await desk.handlers['bureauLists.get']({})).standardTerm).toEqual([pair]);
    expect((await desk.handlers['proofread.preferences']({})).disabledRules).toEqual(['doubled-word']);
  });

  it('record reported false findings for the office to export', async () => {
    const { handlers } = makeTestContext();
    const report = {
      rule: '常见错别字',
      excerpt: '作好',
      sentence: '各单位要作好准备。',
      message: '“作好”应为“做好”。',
      letter: '关于加装电梯的答复',
      reportedAt: '2026-12-05 10:00',
    };
    expect(await handlers['proofread.reportFalse'](report)).toEqual({ count: 1 });
    expect(await handlers['proofread.falseReports']({})).toEqual([report]);
    expect((await handlers['proofread.exportFalseReports']({})).fileName).toMatch(/^校对误报-.*\.xlsx$/);
  });
});
