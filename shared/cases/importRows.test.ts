import { describe, expect, it } from 'vitest';
import { caseKey, numberKey, sessionKey } from './caseKey';
import { findHeaderRow, missingColumns, recogniseHeader, recogniseHeaders } from './importColumns';
import { kindFromHeaders, planImport, readDate } from './importRows';

const HEADERS = ['序号', '类别', '届次', '提案号', '案由', '提案者', '承办方式', '交办日期', '答复期限'];

describe('交办清单 headers', () => {
  it('recognises the usual headers and ignores 序号', () => {
    expect(recogniseHeaders(HEADERS)).toEqual([null, 'kind', 'session', 'number', 'title', 'proposer', 'role', 'assignedOn', 'dueOn']);
    expect(recogniseHeaders(['建议号', '标题', '领衔代表', '主办/协办', '交办时间', '办理期限'])).toEqual([
      'number',
      'title',
      'proposer',
      'role',
      'assignedOn',
      'dueOn',
    ]);
    expect(recogniseHeader('会议')).toBe('session');
    expect(recogniseHeader(' 提案人 ')).toBe('proposer');
    expect(recogniseHeader('代表')).toBe('proposer');
    expect(recogniseHeader('备注')).toBeNull();
  });

  it('finds the header row below a title line and names the columns still missing', () => {
    const rows = [['2024年政协提案交办清单'], HEADERS, ['1', '提案']];
    expect(findHeaderRow(rows)).toBe(1);
    expect(missingColumns(recogniseHeaders(['编号', '备注']))).toEqual(['title', 'proposer']);
    expect(kindFromHeaders(['建议号'], ['number'])).toBe('renda');
  });
});

describe('领衔 and 附议 proposers in a list', () => {
  it('finds the 附议人 column, and a 领衔人/附议人 column holds everyone with the lead first', () => {
    expect(recogniseHeaders(['建议号', '标题', '领衔代表', '附议代表'])).toEqual(['number', 'title', 'proposer', 'coProposers']);
    expect(recogniseHeader('联名人（附议）')).toBe('coProposers');
    expect(recogniseHeader('领衔人/附议人')).toBe('proposer');
  });

  it('reads several names in a cell, separated the ways clerks type them, the first leading', () => {
    const headers = ['类别', '届次', '建议号', '标题', '领衔代表', '附议代表', '交办日期'];
    const rows = [
      ['人大建议', '十七届五次会议', '86', '关于加强校园周边交通安全的建议', '王晓燕', '李强、赵敏，孙丽;周涛；王晓燕', '2024-03-10'],
      ['人大建议', '十七届五次会议', '87', '关于增设公交线路的建议', '陈刚、刘洋', '', '2024-03-10'],
      ['人大建议', '十七届五次会议', '88', '关于改造老旧小区的建议', '吴敏', '', '2024-03-10'],
    ];
    const plan = planImport(rows, recogniseHeaders(headers), new Set());
    expect(plan.rejected).toEqual([]);
    expect(plan.accepted.map(({ facts }) => [facts.proposer, facts.coProposers])).toEqual([
      ['王晓燕', ['李强', '赵敏', '孙丽', '周涛']],
      ['陈刚', ['刘洋']],
      ['吴敏', []],
    ]);
  });
});

describe('duplicate key', () => {
  it('treats 第011号, 011 and 11 as one number and 第三次 as 三次', () => {
    expect(numberKey('第011号')).toBe(numberKey('11'));
    expect(sessionKey('十三届第三次会议')).toBe(sessionKey('十三届三次'));
    expect(caseKey('zhengxie', '十三届三次会议', '第011号')).toBe(caseKey('zhengxie', '十三届第三次会议', '11'));
    expect(caseKey('zhengxie', '十三届三次会议', '11')).not.toBe(caseKey('renda', '十三届三次会议', '11'));
  });
});

describe('planning an import', () => {
  const mapping = recogniseHeaders(HEADERS);
  const row = (over: Partial<Record<number, string>> = {}) =>
    Object.assign(['1', '政协提案', '十三届三次会议', '第011号', '关于发挥质量强市标杆作用的建议', '九三学社柳州市委员会', '主办', '2023-03-10', ''], over);

  it('accepts good rows, computes a missing deadline and keeps one given in the list as given', () => {
    const plan = planImport([row(), row({ 3: '012', 8: '2023年5月31日' })], mapping, new Set());
    expect(plan.rejected).toEqual([]);
    expect(plan.accepted.map((r) => [r.row, r.facts.number, r.facts.dueOn])).toEqual([
      [2, '第011号', '2023-06-10'],
      [3, '012', '2023-05-31'],
    ]);
    expect(plan.accepted[0].facts).toMatchObject({ kind: 'zhengxie', role: 'lead', assignedOn: '2023-03-10', proposer: '九三学社柳州市委员会' });
  });

  it('reports duplicates against the register and within the file, and rejects bad rows with reasons', () => {
    const existing = new Set([caseKey('zhengxie', '十三届三次会议', '11')]);
    const plan = planImport(
      [
        row(),
        row({ 3: '13' }),
        row({ 3: '13' }),
        row({ 3: '14', 4: '', 7: '三月' }),
        row({ 3: '15', 6: '牵头' }),
        ['', '', ''],
        row({ 3: '16', 7: '', 8: '' }),
      ],
      mapping,
      existing,
    );
    expect(plan.accepted.map((r) => r.facts.number)).toEqual(['13']);
    expect(plan.duplicates).toEqual([
      { row: 2, number: '第011号', title: '关于发挥质量强市标杆作用的建议', inFile: false },
      { row: 4, number: '13', title: '关于发挥质量强市标杆作用的建议', inFile: true },
    ]);
    expect(plan.rejected).toEqual([
      { row: 5, reasons: ['缺少标题', '交办日期「三月」看不懂，请写成 2024-03-15 或 2024年3月15日'] },
      { row: 6, reasons: ['承办方式「牵头」应为主办、协办或会办'] },
      { row: 8, reasons: ['既没有交办日期也没有办理期限，无法计算期限'] },
    ]);
  });

  it('takes the kind and session from defaults when the list has no such column', () => {
    const plan = planImport(
      [['57', '关于增设停车位的建议', '李明', '协办', '2024/1/31']],
      recogniseHeaders(['建议号', '标题', '代表', '承办方式', '交办日期']),
      new Set(),
      {
        kind: 'renda',
        session: '市十七届人大三次会议',
      },
    );
    expect(plan.accepted[0].facts).toMatchObject({ kind: 'renda', session: '市十七届人大三次会议', role: 'assist', dueOn: '2024-02-29' });
  });

  it('reads the kind off the session when the list has no 类别', () => {
    const mapping = recogniseHeaders(['编号', '届次', '标题', '提案人', '交办日期']);
    const plan = planImport(
      [
        ['3', '市政协十三届三次会议', '关于公交线路的建议', '张伟', '2024-03-01'],
        ['4', '十三届三次', '关于公园的建议', '李明', '2024-03-01'],
      ],
      mapping,
      new Set(),
    );
    expect(plan.accepted.map((r) => r.facts.kind)).toEqual(['zhengxie']);
    expect(plan.rejected).toEqual([{ row: 3, reasons: ['看不出是政协提案还是人大建议（请在映射中选择类别）'] }]);
  });

  it('reads the date forms clerks type and drops a time of day', () => {
    expect(readDate('2024/3/5')).toBe('2024-03-05');
    expect(readDate('2024.03.05')).toBe('2024-03-05');
    expect(readDate('2024年3月5日')).toBe('2024-03-05');
    expect(readDate('2024-03-05 00:00:00')).toBe('2024-03-05');
    expect(readDate('2024-02-30')).toBeNull();
  });
});
