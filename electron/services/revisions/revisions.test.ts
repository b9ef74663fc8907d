import { describe, expect, it } from 'vitest';
import type { LetterDocument } from '../../../shared/model/document';
import { makeTestContext } from '../../testing/testContext';

function withParagraph(doc: LetterDocument, text: string): LetterDocument {
  return { ...doc, blocks: [...doc.blocks, { role: 'body', inlines: [{ t: 'text', text }] }] };
}

async function draftWithCheckpoint() {
  const test = makeTestContext();
  const { handlers } = test;
  const draft = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
  const firstDraft = withParagraph(draft.content, '柳州螺蛳粉全产业链销售收入超600亿元。');
  const saved = await handlers['drafts.save']({ draftId: draft.id, base: draft.base, content: firstDraft, fields: { proposalNumber: '011' } });
  if (saved.status !== 'saved') throw new Error('first save diverged');
  const checkpoint = await handlers['revisions.checkpoint']({ draftId: draft.id, note: '送科长审核' });
  return { ...test, draft, firstDraft, checkpoint, base: saved.base };
}

describe('opening and restoring a revision', () => {
  it('opens any revision read-only with its fields', async () => {
    const { handlers, firstDraft, checkpoint } = await draftWithCheckpoint();
    const opened = await handlers['revisions.get']({ revisionId: checkpoint.id });
    expect(opened.revision).toEqual(checkpoint);
    expect(opened.content).toEqual(firstDraft);
    expect(opened.fields).toEqual({ proposalNumber: '011' });
  });

  it('restores a checkpoint as a new revision, first keeping the unsaved edits as an automatic one', async () => {
    const { handlers, draft, firstDraft, checkpoint, base } = await draftWithCheckpoint();
    const rewritten = withParagraph(firstDraft, '下一步，我们将继续加强质量基础设施建设。');
    await handlers['drafts.save']({ draftId: draft.id, base: { ...base, revisionId: checkpoint.id }, content: rewritten, fields: { proposalNumber: '012' } });

    const restored = await handlers['revisions.restore']({ draftId: draft.id, revisionId: checkpoint.id });

    const timeline = await handlers['revisions.list']({ draftId: draft.id });
    expect(timeline.map((r) => r.kind)).toEqual(['checkpoint', 'checkpoint', 'auto', 'restore']);
    const kept = timeline[2];
    expect(kept.parents).toEqual([checkpoint.id]);
    expect((await handlers['revisions.get']({ revisionId: kept.id })).content).toEqual(rewritten);
    expect(restored).toMatchObject({ kind: 'restore', parents: [kept.id, checkpoint.id], note: '恢复到早先的版本“送科长审核”', hash: checkpoint.hash });

    const reopened = await handlers['drafts.get']({ draftId: draft.id });
    expect(reopened.content).toEqual(firstDraft);
    expect(reopened.fields).toEqual({ proposalNumber: '011' });
    expect(reopened.base.revisionId).toBe(restored.id);
  });

  it('cuts no extra revision when the working copy is already saved as the head', async () => {
    const { handlers, draft } = await draftWithCheckpoint();
    const restored = await handlers['revisions.restore']({ draftId: draft.id, revisionId: draft.base.revisionId });
    const timeline = await handlers['revisions.list']({ draftId: draft.id });
    expect(timeline.map((r) => r.kind)).toEqual(['checkpoint', 'checkpoint', 'restore']);
    expect((await handlers['drafts.get']({ draftId: draft.id })).content).toEqual(draft.content);
    expect(restored.parents).toEqual([timeline[1].id, draft.base.revisionId]);
  });

  it('turns a save from an editor that still shows the old text into a parallel line, not an overwrite', async () => {
    const { handlers, draft, firstDraft, checkpoint, base } = await draftWithCheckpoint();
    await handlers['revisions.restore']({ draftId: draft.id, revisionId: draft.base.revisionId });
    const late = await handlers['drafts.save']({
      draftId: draft.id,
      base: { ...base, revisionId: checkpoint.id },
      content: withParagraph(firstDraft, '迟到的修改。'),
      fields: {},
    });
    expect(late.status).toBe('diverged');
    expect((await handlers['drafts.get']({ draftId: draft.id })).content).toEqual(draft.content);
  });

  it('refuses a revision of another draft and a signed-off draft', async () => {
    const { ctx, handlers, draft, checkpoint } = await draftWithCheckpoint();
    const other = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    expect(() => handlers['revisions.restore']({ draftId: other.id, revisionId: checkpoint.id })).toThrow('要恢复的版本不属于这份草稿');
    ctx.db.prepare("UPDATE drafts SET review_state = 'signed' WHERE id = ?").run(draft.id);
    expect(() => handlers['revisions.restore']({ draftId: draft.id, revisionId: checkpoint.id })).toThrow('已签发');
  });
});
