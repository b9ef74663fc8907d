import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LetterDocument } from '../../../shared/model/document';
import { AUTO_REVISION_AFTER_MS } from './drafts';
import { makeTestContext } from '../../testing/testContext';
import { readSnapshot, snapshotHash } from '../revisions/graph/revisionStore';

function withParagraph(doc: LetterDocument, text: string): LetterDocument {
  return { ...doc, blocks: [...doc.blocks, { role: 'body', inlines: [{ t: 'text', text }] }] };
}

describe('drafts', () => {
  it('start from the template with its first revision holding the text before any edit', async () => {
    const { handlers } = makeTestContext();
    const draft = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    expect(draft.title).toBe('关于对〔届次会议〕〔提案号〕提案的答复');
    expect(draft.content.blocks.map((b) => b.role)).toContain('signature');
    const revisions = await handlers['revisions.list']({ draftId: draft.id });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ kind: 'checkpoint', parents: [], author: '王晶', id: draft.base.revisionId });
  });

  it('save and load the working copy exactly, across a reopen of the database file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dafu-drafts-')), 'dafu.sqlite3');
    const first = makeTestContext(file);
    const draft = await first.handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    const content = withParagraph(draft.content, '柳州螺蛳粉全产业链销售收入超600亿元。');
    const fields = { proposalNumber: '011', proposer: '九三学社柳州市委员会' };
    const saved = await first.handlers['drafts.save']({ draftId: draft.id, base: draft.base, content, fields });
    expect(saved.status).toBe('saved');
    first.ctx.db.close();

    const second = makeTestContext(file);
    const loaded = await second.handlers['drafts.get']({ draftId: draft.id });
    expect(loaded.content).toEqual(content);
    expect(loaded.fields).toEqual(fields);
    expect(loaded.title).toBe('关于对〔届次会议〕第011号提案的答复');
    expect((await second.handlers['drafts.list']({})).map((d) => d.id)).toEqual([draft.id]);
  });

  it('keep a save made on a stale base as a parallel line instead of overwriting', async () => {
    const { ctx, handlers } = makeTestContext();
    const draft = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    const tabA = withParagraph(draft.content, '甲窗口');
    const tabB = withParagraph(draft.content, '乙窗口');
    await handlers['drafts.save']({ draftId: draft.id, base: draft.base, content: tabA, fields: {} });
    const late = await handlers['drafts.save']({ draftId: draft.id, base: draft.base, content: tabB, fields: {} });
    expect(late.status).toBe('diverged');
    expect((await handlers['drafts.get']({ draftId: draft.id })).content).toEqual(tabA);
    const revisions = await handlers['revisions.list']({ draftId: draft.id });
    const parallel = revisions.find((r) => late.status === 'diverged' && r.id === late.revisionId);
    expect(parallel?.parents).toEqual([draft.base.revisionId]);
    const firstTabLine = revisions.find((r) => r.kind === 'auto' && r.id !== parallel?.id);
    expect(firstTabLine?.parents).toEqual([draft.base.revisionId]);
    expect(readSnapshot(ctx.db, firstTabLine!.id).content).toEqual(tabA);
  });

  it('cut revisions at sensible moments, each hashed and linked to its parent', async () => {
    const { ctx, handlers, advance } = makeTestContext();
    const draft = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    let base = draft.base;
    for (let minute = 0; minute < 30; minute += 1) {
      advance(60_000);
      const result = await handlers['drafts.save']({
        draftId: draft.id,
        base,
        content: withParagraph(draft.content, `第${minute}分钟`),
        fields: {},
      });
      if (result.status !== 'saved') throw new Error('unexpected divergence');
      base = result.base;
    }
    const checkpoint = await handlers['revisions.checkpoint']({ draftId: draft.id, note: '送科长前' });
    const revisions = await handlers['revisions.list']({ draftId: draft.id });
    const autos = revisions.filter((r) => r.kind === 'auto');
    expect(autos.length).toBe(Math.floor((30 * 60_000) / AUTO_REVISION_AFTER_MS) - 1);
    revisions.slice(1).forEach((revision, index) => expect(revision.parents).toEqual([revisions[index].id]));
    expect(checkpoint).toMatchObject({ kind: 'checkpoint', note: '送科长前' });
    for (const revision of revisions) expect(snapshotHash(readSnapshot(ctx.db, revision.id))).toBe(revision.hash);
  });
});
