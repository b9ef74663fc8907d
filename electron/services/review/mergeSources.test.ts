import { describe, expect, it } from 'vitest';
import type { LetterDocument } from '../../../shared/model/document';
import { assembleMerge, planMerge, suggestedPicks } from '../../../shared/review/mergeAssembly';
import { carry, drafterAndReviewer, SIGNER, typeParagraph, type ReviewPc } from '../../testing/reviewTestKit';

const bodyTexts = (content: LetterDocument) => content.blocks.map((block) => block.inlines.map((run) => (run.t === 'text' ? run.text : '')).join(''));

/** A handler's refusal as a rejected promise, whether it answers at once or later. */
const attempt = async <T>(call: () => T) => call();

/** Rewrites the paragraph that contains `find` as the editor would: one save on the current base. */
async function editParagraph(pc: ReviewPc, draftId: string, find: string, replace: string) {
  const draft = await pc.handlers['drafts.get']({ draftId });
  const blocks = draft.content.blocks.map((block) =>
    block.inlines.some((run) => run.t === 'text' && run.text.includes(find)) ? { ...block, inlines: [{ t: 'text' as const, text: replace }] } : block,
  );
  await pc.handlers['drafts.save']({ draftId, base: draft.base, content: { ...draft.content, blocks }, fields: draft.fields });
}

async function divergedLines() {
  const { drafter, reviewer } = drafterAndReviewer();
  const draft = await drafter.handlers['drafts.create']({ templateId: 'zhengxie-lead' });
  await typeParagraph(drafter, draft.id, '柳州螺蛳粉全产业链销售收入超600亿元。');
  await typeParagraph(drafter, draft.id, '下一步，我们将继续加大支持力度。');
  await carry(drafter, reviewer, draft.id);
  await editParagraph(reviewer, draft.id, '下一步，我们将继续', '下一步，我们将继续加大资金支持力度。');
  await editParagraph(drafter, draft.id, '柳州螺蛳粉', '2023年，柳州螺蛳粉全产业链销售收入超600亿元。');
  await carry(reviewer, drafter, draft.id);
  const [pending] = (await drafter.handlers['review.status']({ draftId: draft.id })).pendingMerges;
  return { drafter, reviewer, draftId: draft.id, pendingId: pending.id };
}

describe('merging a line from another PC paragraph by paragraph', () => {
  it('gives both lines and their common ancestor; the merge keeps both edits and has both lines as parents', async () => {
    const { drafter, draftId, pendingId } = await divergedLines();
    const sources = await drafter.handlers['review.mergeSources']({ draftId, revisionId: pendingId });
    expect(sources.locked).toBe(false);
    expect(sources.ancestor).not.toBeNull();
    const { fieldDefinitions } = await drafter.handlers['drafts.get']({ draftId });
    const plan = planMerge(sources.local, sources.imported, fieldDefinitions, sources.ancestor!);
    expect(plan.rows.filter((row) => row.differs).map((row) => row.suggested)).toEqual(['local', 'imported']);
    const picks = suggestedPicks(plan);
    const merged = assembleMerge(plan, picks.rows, picks.fields, sources.local, sources.imported, fieldDefinitions);

    const status = await drafter.handlers['review.merge']({ draftId, revisionId: pendingId, ...merged, localBase: sources.local.base });
    expect(status.pendingMerges).toEqual([]);
    const head = (await drafter.handlers['revisions.list']({ draftId })).at(-1)!;
    expect(head).toMatchObject({ kind: 'merge', parents: [sources.local.base.revisionId, pendingId] });
    const texts = bodyTexts((await drafter.handlers['drafts.get']({ draftId })).content);
    expect(texts).toContain('2023年，柳州螺蛳粉全产业链销售收入超600亿元。');
    expect(texts).toContain('下一步，我们将继续加大资金支持力度。');
  });

  it('refuses a merge made against a working copy that has changed since', async () => {
    const { drafter, draftId, pendingId } = await divergedLines();
    const sources = await drafter.handlers['review.mergeSources']({ draftId, revisionId: pendingId });
    await typeParagraph(drafter, draftId, '合并时又敲的一句。');
    await expect(
      attempt(() => drafter.handlers['review.merge']({ draftId, revisionId: pendingId, ...sources.imported, localBase: sources.local.base })),
    ).rejects.toThrow('合并期间当前稿又有了修改');
    expect((await drafter.handlers['review.status']({ draftId })).pendingMerges).toHaveLength(1);
  });

  it('refuses to merge into a signed line with a message saying what to do', async () => {
    const { drafter, reviewer } = drafterAndReviewer();
    const draft = await drafter.handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    await drafter.handlers['review.transition']({ draftId: draft.id, action: 'submit' });
    await carry(drafter, reviewer, draft.id);
    await reviewer.handlers['review.transition']({ draftId: draft.id, action: 'approve' });
    reviewer.as(SIGNER);
    await reviewer.handlers['review.transition']({ draftId: draft.id, action: 'sign', signer: '张局长', signedOn: '2023-05-26' });
    await typeParagraph(drafter, draft.id, '签发后起草人又改的一句。');
    await carry(reviewer, drafter, draft.id);

    const [pending] = (await drafter.handlers['review.status']({ draftId: draft.id })).pendingMerges;
    const sources = await drafter.handlers['review.mergeSources']({ draftId: draft.id, revisionId: pending.id });
    expect(sources.locked).toBe(true);
    await expect(
      attempt(() => drafter.handlers['review.merge']({ draftId: draft.id, revisionId: pending.id, ...sources.imported, localBase: sources.local.base })),
    ).rejects.toThrow('这份答复已签发，正文已锁定。如需合并，请先撤回签发。');
  });
});
