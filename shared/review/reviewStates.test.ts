import { describe, expect, it } from 'vitest';
import { REVIEW_STATES, type ReviewState } from '../model/draft';
import { allowedActions, recipientRefusal, refusal, REVIEW_ACTIONS, TRANSITIONS, type ReviewAction } from './reviewStates';
import { USER_ROLES, type UserRole } from './users';

const complete = (action: ReviewAction) => ({ action, reason: '第二段数字与统计局口径不一致', signer: '李明', signedOn: '2023-05-26' });

const ALLOWED: [ReviewState, ReviewAction, UserRole[], ReviewState][] = [
  ['drafting', 'submit', ['drafter', 'reviewer', 'signer'], 'submitted'],
  ['returned', 'submit', ['drafter', 'reviewer', 'signer'], 'submitted'],
  ['submitted', 'return', ['reviewer', 'signer'], 'returned'],
  ['approved', 'return', ['reviewer', 'signer'], 'returned'],
  ['submitted', 'approve', ['reviewer', 'signer'], 'approved'],
  ['approved', 'sign', ['signer'], 'signed'],
  ['approved', 'paperSign', [], 'signed'],
  ['signed', 'withdrawSign', ['signer'], 'drafting'],
  ['signed', 'issue', ['reviewer', 'signer'], 'issued'],
];

describe('review state machine', () => {
  it.each(ALLOWED)('from %s, %s is allowed to %j and leads to %s', (state, action, roles, to) => {
    expect(TRANSITIONS[action].to).toBe(to);
    for (const role of roles) expect(refusal(state, role, complete(action))).toBeNull();
    for (const role of USER_ROLES.filter((r) => !roles.includes(r))) expect(refusal(state, role, complete(action))).toMatch(/须由.*操作|须有代录签发权限/);
  });

  it('refuses every action from every state it does not start from, for every role', () => {
    let refused = 0;
    for (const state of REVIEW_STATES) {
      for (const action of REVIEW_ACTIONS) {
        if (ALLOWED.some(([from, allowed]) => from === state && allowed === action)) continue;
        for (const role of USER_ROLES) {
          expect(refusal(state, role, complete(action))).toBe(`当前状态下不能「${TRANSITIONS[action].label}」。`);
          refused++;
        }
      }
    }
    expect(refused).toBe((REVIEW_STATES.length * REVIEW_ACTIONS.length - ALLOWED.length) * USER_ROLES.length);
  });

  it('requires a reason to return and to withdraw a sign-off, and a signer and date to sign', () => {
    expect(refusal('submitted', 'reviewer', { action: 'return', reason: '  ' })).toBe('「退回修改」须写明理由。');
    expect(refusal('signed', 'signer', { action: 'withdrawSign' })).toBe('「撤回签发」须写明理由。');
    expect(refusal('approved', 'signer', { action: 'sign', signedOn: '2023-05-26' })).toBe('签发须填写签发人。');
    expect(refusal('approved', 'signer', { action: 'sign', signer: '李明', signedOn: '2023年5月26日' })).toBe('签发须填写签发日期。');
  });

  it('offers each role only its actions', () => {
    expect(allowedActions('drafting', 'drafter')).toEqual(['submit']);
    expect(allowedActions('submitted', 'drafter')).toEqual([]);
    expect(allowedActions('submitted', 'reviewer')).toEqual(['return', 'approve']);
    expect(allowedActions('approved', 'signer')).toEqual(['return', 'sign']);
    expect(allowedActions('signed', 'signer')).toEqual(['withdrawSign', 'issue']);
    expect(allowedActions('issued', 'signer')).toEqual([]);
  });

  it('lets a secretary with the 代录签发 permission enter a 签发 given on paper, naming the leader and the date', () => {
    expect(allowedActions('approved', 'drafter', ['paperSign'])).toEqual(['paperSign']);
    expect(allowedActions('approved', 'signer', ['paperSign'])).toEqual(['return', 'sign', 'paperSign']);
    expect(refusal('approved', 'drafter', { action: 'paperSign', signedOn: '2023-05-26' }, ['paperSign'])).toBe('代录签发须填写在纸面上签发的领导。');
    expect(refusal('approved', 'drafter', complete('paperSign'), ['paperSign'])).toBeNull();
    expect(refusal('approved', 'signer', complete('paperSign'))).toMatch(/须有代录签发权限/);
  });

  it("sends a step to a whole 科室 only when it is the sender's own", () => {
    const li = { userId: '0b5b1a8e-0000-4000-8000-000000000001', name: '李科长' };
    expect(recipientRefusal(undefined, '综合科')).toBeNull();
    expect(recipientRefusal([li], '综合科')).toBeNull();
    expect(recipientRefusal([{ unit: '综合科' }], '综合科')).toBeNull();
    expect(recipientRefusal([li, { unit: '办公室' }], '综合科')).toBe('只能送本科室（综合科）的全部审核人，不能送「办公室」。请改选本科室，或选一位审核人。');
    expect(recipientRefusal([{ unit: '综合科' }], '')).toMatch(/当前用户没有填科室/);
  });
});
