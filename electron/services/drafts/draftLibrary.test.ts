import { describe, expect, it } from 'vitest';
import type { LetterDocument } from '../../../shared/model/document';
import { makeTestContext } from '../../testing/testContext';

const withParagraph = (doc: LetterDocument, text: string): LetterDocument => ({
  ...doc,
  blocks: [...doc.blocks, { role: 'body', inlines: [{ t: 'text', text }] }],
});

describe('the draft library', () => {
  it('moves a deleted draft to the 回收站 with its history, and brings it back', async () => {
    const { handlers } = makeTestContext();
    const draft = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    await handlers['revisions.checkpoint']({ draftId: draft.id, note: '初稿' });
    await handlers['drafts.delete']({ draftId: draft.id });
    expect(await handlers['drafts.list']({})).toEqual([]);
    expect((await handlers['drafts.trash']({})).map((d) => d.id)).toEqual([draft.id]);
    expect(() => handlers['drafts.get']({ draftId: draft.id })).toThrow('找不到这份草稿');

    await handlers['drafts.undelete']({ draftId: draft.id });
    expect((await handlers['drafts.list']({})).map((d) => d.id)).toEqual([draft.id]);
    expect(await handlers['revisions.list']({ draftId: draft.id })).toHaveLength(2);
  });

  it('removes a draft for good only from the 回收站', async () => {
    const { ctx, handlers } = makeTestContext();
    const draft = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    expect(() => handlers['drafts.purge']({ draftId: draft.id, confirm: true })).toThrow('回收站里没有');
    await handlers['drafts.delete']({ draftId: draft.id });
    await handlers['drafts.purge']({ draftId: draft.id, confirm: true });
    expect(await handlers['drafts.trash']({})).toEqual([]);
    expect(ctx.db.prepare('SELECT count(*) FROM revisions').pluck().get()).toBe(0);
  });

  it('starts a new draft from an old reply, leaving the old one untouched', async () => {
    const { handlers } = makeTestContext();
    const old = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    const content = withParagraph(old.content, '去年的答复正文。');
    await handlers['drafts.save']({ draftId: old.id, base: old.base, content, fields: { proposer: '九三学社柳州市委员会' } });
    const copy = await handlers['drafts.duplicate']({ draftId: old.id });
    expect(copy.id).not.toBe(old.id);
    expect(copy.content).toEqual(content);
    expect(copy.fields).toEqual({ proposer: '九三学社柳州市委员会' });
    const [first] = await handlers['revisions.list']({ draftId: copy.id });
    expect(first.note).toContain('为底稿新建');
    expect(await handlers['revisions.list']({ draftId: old.id })).toHaveLength(1);
  });

  it('lets a clerk name a draft, and gives it back its letter title when the name is cleared', async () => {
    const { handlers } = makeTestContext();
    const draft = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    const named = await handlers['drafts.rename']({ draftId: draft.id, name: '  螺蛳粉提案（初稿）  ' });
    expect(named).toMatchObject({ title: '螺蛳粉提案（初稿）', named: true });
    expect((await handlers['drafts.list']({}))[0].title).toBe('螺蛳粉提案（初稿）');
    const cleared = await handlers['drafts.rename']({ draftId: draft.id, name: '' });
    expect(cleared).toMatchObject({ title: draft.title, named: false });
  });

  it('cuts an automatic revision on close only when the text changed since the last one', async () => {
    const { handlers } = makeTestContext();
    const draft = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    expect(await handlers['drafts.close']({ draftId: draft.id })).toEqual({ revisionId: null });
    await handlers['drafts.save']({ draftId: draft.id, base: draft.base, content: withParagraph(draft.content, '改了一句'), fields: {} });
    const closed = await handlers['drafts.close']({ draftId: draft.id });
    expect(closed.revisionId).not.toBeNull();
    const revisions = await handlers['revisions.list']({ draftId: draft.id });
    expect(revisions.at(-1)).toMatchObject({ id: closed.revisionId, kind: 'auto', parents: [draft.base.revisionId] });
    expect(await handlers['drafts.close']({ draftId: draft.id })).toEqual({ revisionId: null });
  });
});
