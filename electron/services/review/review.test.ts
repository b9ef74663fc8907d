import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { DRAFTER, REVIEWER, reviewPc, SIGNER, typeParagraph } from '../../testing/reviewTestKit';

async function submittedDraft() {
  const pc = reviewPc();
  pc.as(DRAFTER);
  const draft = await pc.handlers['drafts.create']({ templateId: 'zhengxie-lead' });
  await typeParagraph(pc, draft.id, '柳州螺蛳粉全产业链销售收入超600亿元。');
  await pc.handlers['review.transition']({ draftId: draft.id, action: 'submit' });
  return { pc, draftId: draft.id };
}

describe('review states through the services', () => {
  it('asks who the user is before a review step, and records the user on revisions', async () => {
    const pc = reviewPc();
    expect(await pc.handlers['users.current']({})).toBeNull();
    const draft = await pc.handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    expect(() => pc.handlers['review.transition']({ draftId: draft.id, action: 'submit' })).toThrow('请先填写您是谁');
    pc.as(DRAFTER);
    pc.as(REVIEWER);
    const current = await pc.handlers['users.current']({});
    expect(current).toEqual({ ...REVIEWER, permissions: [], id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect((await pc.handlers['users.list']({})).map(({ name, unit, role }) => ({ name, unit, role }))).toEqual([REVIEWER, DRAFTER]);
    pc.as(DRAFTER);
    pc.as(REVIEWER);
    expect((await pc.handlers['users.current']({}))?.id).toBe(current?.id);
    const checkpoint = await pc.handlers['revisions.checkpoint']({ draftId: draft.id });
    expect(checkpoint.author).toBe('李科长');
  });

  it('logs each step with who, when and why, and cuts the text it speaks for as a revision', async () => {
    const { pc, draftId } = await submittedDraft();
    pc.as(REVIEWER);
    pc.advance(60_000);
    const returned = await pc.handlers['review.transition']({ draftId, action: 'return', reason: '第二段数字请与统计局核对' });
    expect(returned.state).toBe('returned');
    expect(returned.log.map((event) => [event.action, event.from, event.to, event.actor, event.reason])).toEqual([
      ['submit', 'drafting', 'submitted', '王晶', null],
      ['return', 'submitted', 'returned', '李科长', '第二段数字请与统计局核对'],
    ]);
    const revisions = await pc.handlers['revisions.list']({ draftId });
    expect(returned.log[0].revisionId).toBe(revisions.at(-1)!.id);
    expect(revisions.at(-1)!.note).toBe('提交审核时的正文');
  });

  it('refuses a step the role may not take, or one without its reason, and changes nothing', async () => {
    const { pc, draftId } = await submittedDraft();
    const before = await pc.handlers['review.status']({ draftId });
    expect(() => pc.handlers['review.transition']({ draftId, action: 'approve' })).toThrow('须由审核人或签发人操作');
    pc.as(REVIEWER);
    expect(() => pc.handlers['review.transition']({ draftId, action: 'return', reason: ' ' })).toThrow('须写明理由');
    expect(() => pc.handlers['review.transition']({ draftId, action: 'sign', signer: '张局长', signedOn: '2023-05-26' })).toThrow('当前状态下不能「签发」');
    expect(await pc.handlers['review.status']({ draftId })).toEqual(before);
  });

  it('locks the text after 签发, and 撤回签发 with a reason starts a new line from the signed revision', async () => {
    const { pc, draftId } = await submittedDraft();
    pc.as(REVIEWER);
    await pc.handlers['review.transition']({ draftId, action: 'approve' });
    pc.as(SIGNER);
    const signed = await pc.handlers['review.transition']({ draftId, action: 'sign', signer: '张局长', signedOn: '2023-05-26' });
    expect(signed.log.at(-1)).toMatchObject({ action: 'sign', signer: '张局长', signedOn: '2023-05-26' });
    await expect(typeParagraph(pc, draftId, '再加一句')).rejects.toThrow('已签发，正文已锁定');

    expect(() => pc.handlers['review.transition']({ draftId, action: 'withdrawSign' })).toThrow('须写明理由');
    const withdrawn = await pc.handlers['review.transition']({ draftId, action: 'withdrawSign', reason: '数字口径需调整' });
    expect(withdrawn.state).toBe('drafting');
    const revisions = await pc.handlers['revisions.list']({ draftId });
    const newLine = revisions.at(-1)!;
    expect(newLine.note).toBe('撤回签发：数字口径需调整');
    expect(newLine.parents).toEqual([signed.log.at(-1)!.revisionId]);
    expect(withdrawn.log.at(-1)!.revisionId).toBe(newLine.id);
    pc.as(DRAFTER);
    await typeParagraph(pc, draftId, '再加一句');
  });
});

describe('comments', () => {
  it('anchors a comment to a range, follows its text through edits, threads replies and resolves', async () => {
    const { pc, draftId } = await submittedDraft();
    pc.as(REVIEWER);
    const draft = await pc.handlers['drafts.get']({ draftId });
    const block = draft.content.blocks.length - 1;
    const thread = await pc.handlers['comments.add']({ draftId, anchor: { block, start: 5, end: 11, quote: '全产业链销售' }, body: '请注明年份' });
    expect(thread).toMatchObject({ author: '李科长', authorUnit: '综合科', anchor: { block, start: 5, end: 11 }, replies: [], resolvedAt: null });

    pc.as(DRAFTER);
    const edited = structuredClone(draft.content);
    edited.blocks[block] = { role: 'body', inlines: [{ t: 'text', text: '2023年，柳州螺蛳粉全产业链销售收入超600亿元。' }] };
    edited.blocks.splice(1, 0, { role: 'body', inlines: [{ t: 'text', text: '新增的一段。' }] });
    await pc.handlers['drafts.save']({ draftId, base: draft.base, content: edited, fields: draft.fields });
    await pc.handlers['comments.reply']({ commentId: thread.id, body: '已补上年份' });

    pc.as(REVIEWER);
    const resolved = await pc.handlers['comments.resolve']({ commentId: thread.id, resolved: true });
    expect(resolved.anchor).toEqual({ block: block + 1, start: 11, end: 17, quote: '全产业链销售' });
    expect(resolved.place).toBe(`第 ${block + 2} 段`);
    expect(resolved.replies.map((reply) => [reply.author, reply.body])).toEqual([['王晶', '已补上年份']]);
    expect(resolved).toMatchObject({ resolvedBy: '李科长' });
  });

  it('shows a comment whose text was deleted as orphaned, and refuses one on text that is not there', async () => {
    const { pc, draftId } = await submittedDraft();
    pc.as(REVIEWER);
    const draft = await pc.handlers['drafts.get']({ draftId });
    const block = draft.content.blocks.length - 1;
    await pc.handlers['comments.add']({ draftId, anchor: { block, start: 0, end: 5, quote: '柳州螺蛳粉' }, body: '名称请用全称' });
    await pc.handlers['drafts.save']({
      draftId,
      base: draft.base,
      content: { ...draft.content, blocks: draft.content.blocks.slice(0, -1) },
      fields: draft.fields,
    });
    const [orphan] = await pc.handlers['comments.list']({ draftId });
    expect(orphan.anchor).toBeNull();
    expect(orphan.place).toBeUndefined();
    expect(orphan.originalAnchor.quote).toBe('柳州螺蛳粉');
    expect(() => pc.handlers['comments.add']({ draftId, anchor: { block: 0, start: 0, end: 3, quote: '不存在' }, body: '?' })).toThrow(ApiError);
  });
});
