import { describe, expect, it } from 'vitest';
import { caseProposers, proposersInBrief, proposersLine, readProposers, splitNames } from './proposers';

describe('a case’s proposers', () => {
  it('splits names on 、，,;； and new lines, dropping blanks and repeats', () => {
    expect(splitNames('张三、李四，王五,赵六;孙七；周八\n吴九、、张三')).toEqual(['张三', '李四', '王五', '赵六', '孙七', '周八', '吴九']);
    expect(splitNames('  ')).toEqual([]);
    expect(splitNames('九三学社柳州市委员会')).toEqual(['九三学社柳州市委员会']);
  });

  it('lets the first name lead and the rest follow, never repeating the lead', () => {
    expect(readProposers('王晓燕、李强', '赵敏、王晓燕')).toEqual({ proposer: '王晓燕', coProposers: ['李强', '赵敏'] });
    expect(readProposers('王晓燕等5名代表')).toEqual({ proposer: '王晓燕等5名代表', coProposers: [] });
  });

  it('lists the lead first and marks it when others join', () => {
    expect(caseProposers({ proposer: '王晓燕', coProposers: ['李强'] })).toEqual(['王晓燕', '李强']);
    expect(proposersLine({ proposer: '王晓燕', coProposers: ['李强', '赵敏'] })).toBe('王晓燕（领衔）、李强、赵敏');
    expect(proposersLine({ proposer: '王晓燕', coProposers: [] })).toBe('王晓燕');
  });

  it('counts everyone where room is short', () => {
    expect(proposersInBrief({ proposer: '王晓燕', coProposers: ['李强', '赵敏'] })).toBe('王晓燕等3人');
    expect(proposersInBrief({ proposer: '王晓燕', coProposers: [] })).toBe('王晓燕');
  });
});
