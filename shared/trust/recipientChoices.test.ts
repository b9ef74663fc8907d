import { describe, expect, it } from 'vitest';
import type { RecipientOption } from './recipients';
import { sendChoices } from './recipientChoices';

const option = (name: string, unit: string, role: RecipientOption['role'], n: number): RecipientOption => ({
  userId: `00000000-0000-4000-8000-00000000000${n}`,
  name,
  unit,
  role,
});
const bureau = [
  option('李科长', '综合科', 'reviewer', 1),
  option('周副科长', '综合科', 'reviewer', 2),
  option('钱科长', '外贸科', 'reviewer', 3),
  option('张局长', '局领导', 'signer', 4),
];

describe('whom a step is sent to', () => {
  it('提交审核 offers all of the 科室’s reviewers at once, then each reviewer', () => {
    const choices = sendChoices('submit', bureau, '综合科');
    expect(choices.map((c) => c.label)).toEqual(['本科室全部审核人（李科长、周副科长）', '李科长（综合科）', '周副科长（综合科）', '钱科长（外贸科）']);
    expect(choices[0].sentTo).toEqual([{ unit: '综合科' }]);
    expect(choices[1].sentTo).toEqual([{ userId: bureau[0].userId, name: '李科长' }]);
  });

  it('审核通过 offers the signers; other steps, or a PC that knows no one, offer nothing', () => {
    expect(sendChoices('approve', bureau, '综合科').map((c) => c.label)).toEqual(['张局长（局领导）']);
    expect(sendChoices('return', bureau, '综合科')).toEqual([]);
    expect(sendChoices('submit', [], '综合科')).toEqual([]);
  });
});
