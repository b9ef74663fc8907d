import { describe, expect, it } from 'vitest';
import type { ValueEvent } from '../model/valueEvent';
import { caseLog } from './caseLog';

const change = (id: string, field: string, value: unknown, at: string, by: string, accepted: number | null = null): ValueEvent => ({
  id: `00000000-0000-4000-8000-00000000000${id}`,
  field,
  value: JSON.stringify(value),
  at,
  by,
  accepted,
});

describe('the case 修改记录', () => {
  it('lists every change newest first, each from the value it replaced, in the words the clerk uses', () => {
    const log = caseLog([
      change('1', 'dueOn', '2026-06-10', '2026-03-11T01:00:00.000Z', '王晶', 1),
      change('2', 'title', '关于夜间经济的提案', '2026-03-12T01:00:00.000Z', '赵敏', 2),
      change('3', 'dueOn', '2026-07-01', '2026-03-13T01:00:00.000Z', '赵敏', 3),
      change('4', 'role', 'assist', '2026-03-14T01:00:00.000Z', '王晶', 4),
      change('5', 'coProposers', ['李明', '张伟'], '2026-03-15T01:00:00.000Z', '王晶', 5),
    ]);
    expect(log.map(({ label, by, from, to }) => [label, by, from, to])).toEqual([
      ['附议人', '王晶', null, '李明、张伟'],
      ['承办方式', '王晶', null, '协办'],
      ['办理期限', '赵敏', '2026年6月10日', '2026年7月1日'],
      ['标题', '赵敏', null, '关于夜间经济的提案'],
      ['办理期限', '王晶', null, '2026年6月10日'],
    ]);
  });

  it('orders two PCs’ changes of one fact as the merge does: the last the server accepted is the value now', () => {
    // 赵敏 changed the deadline later on her PC, but the server accepted 王晶's change after hers.
    const log = caseLog([
      change('1', 'dueOn', '2026-07-01', '2026-03-11T01:00:00.000Z', '王晶', 8),
      change('2', 'dueOn', '2026-06-20', '2026-03-12T01:00:00.000Z', '赵敏', 7),
      change('3', 'dueOn', null, '2026-03-13T01:00:00.000Z', '李明'),
    ]);
    expect(log.map(({ by, from, to }) => [by, from, to])).toEqual([
      ['李明', '2026年7月1日', '（空）'],
      ['王晶', '2026年6月20日', '2026年7月1日'],
      ['赵敏', null, '2026年6月20日'],
    ]);
  });

  it('shortens a long text and names a fact this version does not know by its key', () => {
    const [text, unknown] = caseLog([
      change('1', 'proposalText', '夜'.repeat(60), '2026-03-12T01:00:00.000Z', '王晶'),
      change('2', 'futureFact', '值', '2026-03-11T01:00:00.000Z', '王晶'),
    ]);
    expect(text.to).toBe(`${'夜'.repeat(40)}…`);
    expect(unknown).toMatchObject({ label: 'futureFact', to: '值' });
  });
});
