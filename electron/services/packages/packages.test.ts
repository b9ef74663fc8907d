import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/model/canonicalJson';
import type { Payload } from '../../../shared/review/packageFormat';
import { carry, drafterAndReviewer, dump, REVIEWER, reviewPc, rezip, sha, SIGNER, typeParagraph, type ReviewPc } from '../../testing/reviewTestKit';

async function writtenAndCarried() {
  const { drafter, reviewer } = drafterAndReviewer();
  const draft = await drafter.handlers['drafts.create']({ templateId: 'zhengxie-lead' });
  await typeParagraph(drafter, draft.id, '柳州螺蛳粉全产业链销售收入超600亿元。');
  await drafter.handlers['review.transition']({ draftId: draft.id, action: 'submit' });
  const first = await carry(drafter, reviewer, draft.id);
  return { drafter, reviewer, draftId: draft.id, first };
}

const lastBlockText = async (pc: ReviewPc, draftId: string) => {
  const draft = await pc.handlers['drafts.get']({ draftId });
  const last = draft.content.blocks.at(-1)!.inlines[0];
  return last.t === 'text' ? last.text : '';
};

describe('carrying a draft between PCs in a package', () => {
  it('recreates the draft on the other PC with the same id, every revision, its fields and review log', async () => {
    const { drafter, reviewer, draftId, first } = await writtenAndCarried();
    expect(first.report).toMatchObject({ draftId, created: true, commentsAdded: 0, eventsAdded: 1, diverged: false, state: 'submitted' });
    const there = await reviewer.handlers['revisions.list']({ draftId });
    expect(there).toEqual(await drafter.handlers['revisions.list']({ draftId }));
    expect(first.report.revisionsAdded).toBe(there.length);
    const [here, carried] = await Promise.all([drafter.handlers['drafts.get']({ draftId }), reviewer.handlers['drafts.get']({ draftId })]);
    // The working copy's save counter and time are this PC's own.
    const comparable = (draft: typeof here) => ({ ...draft, updatedAt: '', base: draft.base.revisionId });
    expect(comparable(carried)).toEqual(comparable(here));
    expect(await reviewer.handlers['review.status']({ draftId })).toEqual(await drafter.handlers['review.status']({ draftId }));
  });

  it('brings comments and a return back to the drafter, and importing the same package twice changes nothing', async () => {
    const { drafter, reviewer, draftId } = await writtenAndCarried();
    const draft = await reviewer.handlers['drafts.get']({ draftId });
    const block = draft.content.blocks.length - 1;
    const thread = await reviewer.handlers['comments.add']({ draftId, anchor: { block, start: 0, end: 5, quote: '柳州螺蛳粉' }, body: '请写全称' });
    await reviewer.handlers['comments.reply']({ commentId: thread.id, body: '另外请注明年份' });
    reviewer.advance(60_000);
    await reviewer.handlers['review.transition']({ draftId, action: 'return', reason: '请按批注修改' });

    const back = await carry(reviewer, drafter, draftId);
    expect(back.report).toMatchObject({ created: false, commentsAdded: 2, eventsAdded: 1, diverged: false, state: 'returned' });
    expect(await drafter.handlers['comments.list']({ draftId })).toEqual(await reviewer.handlers['comments.list']({ draftId }));
    expect((await drafter.handlers['review.status']({ draftId })).state).toBe('returned');

    const before = dump(drafter.ctx.db);
    drafter.advance(3600_000);
    const again = await drafter.handlers['package.import']({ data: back.data });
    expect(again).toMatchObject({ revisionsAdded: 0, commentsAdded: 0, eventsAdded: 0, diverged: false });
    expect(dump(drafter.ctx.db)).toEqual(before);
  });

  it('moves the other PC forward when only one side edited', async () => {
    const { drafter, reviewer, draftId } = await writtenAndCarried();
    await typeParagraph(reviewer, draftId, '审核时补充的一句。');
    const back = await carry(reviewer, drafter, draftId);
    expect(back.report).toMatchObject({ revisionsAdded: 1, diverged: false, current: 'imported' });
    expect(await lastBlockText(drafter, draftId)).toBe('审核时补充的一句。');
  });

  it('keeps both lines when both sides edited: the local one current, the imported one waiting to be merged, then merged', async () => {
    const { drafter, reviewer, draftId } = await writtenAndCarried();
    await typeParagraph(reviewer, draftId, '科长改的一句。');
    await typeParagraph(drafter, draftId, '起草人改的一句。');
    const back = await carry(reviewer, drafter, draftId);
    expect(back.report).toMatchObject({ diverged: true, current: 'local' });
    expect(await lastBlockText(drafter, draftId)).toBe('起草人改的一句。');
    const status = await drafter.handlers['review.status']({ draftId });
    expect(status.pendingMerges.map((revision) => revision.author)).toEqual(['李科长']);

    const before = dump(drafter.ctx.db);
    await drafter.handlers['package.import']({ data: back.data });
    expect(dump(drafter.ctx.db)).toEqual(before);

    const local = await drafter.handlers['drafts.get']({ draftId });
    const merged = await drafter.handlers['review.merge']({ draftId, revisionId: status.pendingMerges[0].id, content: local.content, fields: local.fields });
    expect(merged.pendingMerges).toEqual([]);
    const head = (await drafter.handlers['revisions.list']({ draftId })).at(-1)!;
    expect(head).toMatchObject({ kind: 'merge', parents: [local.base.revisionId, status.pendingMerges[0].id] });
  });

  it('makes the signed line current when only the imported one is signed off, keeping the local edits to merge', async () => {
    const { drafter, reviewer, draftId } = await writtenAndCarried();
    await reviewer.handlers['review.transition']({ draftId, action: 'approve' });
    reviewer.as(SIGNER);
    await reviewer.handlers['review.transition']({ draftId, action: 'sign', signer: '张局长', signedOn: '2023-05-26' });
    await typeParagraph(drafter, draftId, '起草人在签发后又改的一句。');

    const back = await carry(reviewer, drafter, draftId);
    expect(back.report).toMatchObject({ diverged: true, current: 'imported', state: 'signed' });
    expect(await lastBlockText(drafter, draftId)).toBe('柳州螺蛳粉全产业链销售收入超600亿元。');
    expect((await drafter.handlers['review.status']({ draftId })).pendingMerges.map((revision) => revision.author)).toEqual(['王晶']);
    await expect(typeParagraph(drafter, draftId, '再改')).rejects.toThrow('已签发');
  });
});

describe('refusing a package that must not be imported', () => {
  it('refuses corrupt, truncated, tampered and newer packages with a message, the database file unchanged byte for byte', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dafu-review-')), 'dafu.sqlite3');
    const { drafter, draftId } = await writtenAndCarried();
    const target = reviewPc(file);
    target.as(REVIEWER);
    await typeParagraph(drafter, draftId, '再补一句。');
    const { data } = await drafter.handlers['package.export']({ draftId });
    const bytes = Buffer.from(data, 'base64');

    const payloadEdited = await rezip(data, (manifest, payload) => [manifest, payload.replace('再补一句', '再改一句')]);
    const rehashed = await rezip(data, (manifest, payload) => {
      const edited = payload.replace('再补一句', '再改一句');
      return [{ ...manifest, payloadHash: sha(edited) }, edited];
    });
    const newer = await rezip(data, (manifest, payload) => [{ ...manifest, schemaVersion: 999 }, payload]);
    const notOurs = await rezip(data, (manifest, payload) => [{ ...manifest, format: 'something-else' }, payload]);
    const cases: [string, string, RegExp][] = [
      ['random bytes', Buffer.from('这不是一个压缩包').toString('base64'), /已损坏或不完整/],
      ['truncated', bytes.subarray(0, Math.floor(bytes.length * 0.7)).toString('base64'), /已损坏或不完整/],
      ['payload edited', payloadEdited, /与它的校验值不符/],
      ['payload edited and its hash recomputed', rehashed, /与它的校验值不符/],
      ['from a newer app', newer, /更新版本/],
      ['not a package', notOurs, /不是答复函起草助手导出的草稿包/],
    ];

    const fileHash = () => {
      target.ctx.db.pragma('wal_checkpoint(TRUNCATE)');
      return sha(readFileSync(file));
    };
    const before = fileHash();
    for (const [, package_, message] of cases) {
      await expect(target.handlers['package.import']({ data: package_ })).rejects.toThrow(message);
      expect(fileHash()).toBe(before);
    }
    const accepted = await target.handlers['package.import']({ data });
    expect(accepted.created).toBe(true);
    expect(fileHash()).not.toBe(before);
  });

  it('carries content hashes that are the revision store hashes', async () => {
    const { drafter, draftId } = await writtenAndCarried();
    const { data } = await drafter.handlers['package.export']({ draftId });
    const zip = await JSZip.loadAsync(Buffer.from(data, 'base64'));
    const payload = JSON.parse(await zip.file('payload.json')!.async('string')) as Payload;
    for (const revision of payload.revisions) expect(sha(canonicalJson({ content: revision.content, fields: revision.fields }))).toBe(revision.hash);
  });
});
