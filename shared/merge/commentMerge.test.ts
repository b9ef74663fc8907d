import { describe, expect, it } from 'vitest';
import type { PackageComment } from '../review/packageFormat';
import { planComments, type CommentPlan, type StoredComment } from './commentMerge';
import { identityClashMessage } from './identityClash';

const DRAFT = 'draft-1';
const anchor = { block: 2, start: 0, end: 5, quote: '柳州螺蛳粉' };

const thread = (id: string, resolved?: { at: string; by: string }): PackageComment => ({
  id,
  threadId: null,
  revisionId: 'r2',
  anchor,
  body: '请写全称',
  author: '李科长',
  authorUnit: '市商务局',
  time: '2023-05-11T01:00:00.000Z',
  resolvedAt: resolved?.at ?? null,
  resolvedBy: resolved?.by ?? null,
});
const reply = (id: string, threadId: string): PackageComment => ({ ...thread(id), threadId, anchor: null, body: '另外请注明年份' });

const stored = (entries: Record<string, StoredComment> = {}) => new Map(Object.entries(entries));
const open: StoredComment = { draftId: DRAFT, resolvedAt: null };
const accepted = (plan: CommentPlan) => {
  if (plan.refused) throw new Error(plan.reason);
  return plan;
};

describe('comments a package brings', () => {
  it("adds the reviewer's thread and reply, the thread first even when the package lists the reply first", () => {
    const plan = accepted(planComments(DRAFT, [reply('c2', 'c1'), thread('c1')], stored()));
    expect(plan.add.map((comment) => comment.id)).toEqual(['c1', 'c2']);
    expect(plan.resolve).toEqual([]);
  });

  it('adds nothing when the same comments come again', () => {
    const plan = planComments(DRAFT, [thread('c1'), reply('c2', 'c1')], stored({ c1: open, c2: open }));
    expect(plan).toEqual({ refused: false, add: [], resolve: [] });
  });

  it('resolves here a thread the other PC resolved, with their time and name', () => {
    const plan = planComments(DRAFT, [thread('c1', { at: '2023-05-12T03:00:00.000Z', by: '王晶' })], stored({ c1: open }));
    expect(plan).toEqual({ refused: false, add: [], resolve: [{ id: 'c1', resolvedAt: '2023-05-12T03:00:00.000Z', resolvedBy: '王晶' }] });
  });

  it('keeps the time a thread was resolved here, and never reopens a thread resolved here', () => {
    const resolvedHere: StoredComment = { draftId: DRAFT, resolvedAt: '2023-05-12T01:00:00.000Z' };
    expect(accepted(planComments(DRAFT, [thread('c1', { at: '2023-05-12T03:00:00.000Z', by: '王晶' })], stored({ c1: resolvedHere }))).resolve).toEqual([]);
    expect(planComments(DRAFT, [thread('c1')], stored({ c1: resolvedHere }))).toEqual({ refused: false, add: [], resolve: [] });
  });

  it('refuses a package naming a comment this PC files under another draft: its replies would hang off that draft', () => {
    const plan = planComments(DRAFT, [thread('c1'), reply('c2', 'c1')], stored({ c1: { draftId: 'draft-2', resolvedAt: null } }));
    expect(plan).toEqual({ refused: true, commentId: 'c1', reason: identityClashMessage('批注', 'c1') });
  });
});
