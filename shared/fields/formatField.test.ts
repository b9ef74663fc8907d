import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatFieldValue, makeFieldRenderer, unfilledFields } from './formatField';
import type { FieldDefinition } from './fieldDefinition';

const number: FieldDefinition = { name: 'proposalNumber', label: '提案号', type: 'number' };
const date: FieldDefinition = { name: 'signedOn', label: '成文日期', type: 'date' };
const proposer: FieldDefinition = { name: 'proposer', label: '提案者', type: 'person' };

describe('formatFieldValue', () => {
  it('writes a proposal number as 第…号 keeping its leading zeros', () => {
    expect(formatFieldValue(number, '011')).toBe('第011号');
    expect(formatFieldValue(number, '20517')).toBe('第20517号');
  });

  it('writes a calendar date the way a 公文 does, without leading zeros', () => {
    expect(formatFieldValue(date, '2023-05-26')).toBe('2023年5月26日');
    expect(formatCalendarDate('2023-12-01')).toBe('2023年12月1日');
  });

  it('shows an unfilled field as its label in 〔〕', () => {
    expect(formatFieldValue(proposer, '')).toBe('〔提案者〕');
    expect(formatFieldValue(proposer, '   ')).toBe('〔提案者〕');
  });

  it('renders by name and counts what is still unfilled', () => {
    const render = makeFieldRenderer([number, proposer], { proposer: '九三学社柳州市委员会' });
    expect(render('proposer')).toBe('九三学社柳州市委员会');
    expect(render('proposalNumber')).toBe('〔提案号〕');
    expect(unfilledFields([number, proposer], { proposer: 'x' })).toEqual([number]);
  });

  it('words a following field by the value of the field it follows', () => {
    const replyType: FieldDefinition = { name: 'replyType', label: '答复类型', type: 'choice', choices: ['A', 'B'] };
    const closing: FieldDefinition = {
      name: 'replyClosing',
      label: '结束语',
      type: 'text',
      follows: { field: 'replyType', texts: { A: '问题已经解决。', B: '已列入计划解决。' } },
    };
    const render = (values: Record<string, string>) => makeFieldRenderer([replyType, closing], values)('replyClosing');
    expect(render({})).toBe('〔结束语〕');
    expect(render({ replyType: 'A' })).toBe('问题已经解决。');
    expect(render({ replyType: 'B' })).toBe('已列入计划解决。');
    expect(unfilledFields([replyType, closing], {})).toEqual([replyType]);
  });
});
