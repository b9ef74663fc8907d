import { describe, expect, it } from 'vitest';
import { exportLetterDocx } from '../../../shared/docx/exportDocx';
import { commentAtPoint, commentOn, editDocx } from '../../../shared/docx/fixtures/docxTestKit';
import { sampleLetter } from '../../../shared/docx/fixtures/sampleLetter';
import { fundsTable } from '../../../shared/model/fixtures/sampleTables';
import { makeTestContext } from '../../testing/testContext';
import { WORD_COMMENT_UNIT } from './wordComments';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** A letter as a colleague sends it back from Word: a thread with a reply marked 已解决, a comment on a point, one on nothing. */
async function commentedDocx(): Promise<Uint8Array> {
  return editDocx(
    await exportLetterDocx(sampleLetter),
    [commentOn('持续优化营商环境', 1), commentOn('持续优化营商环境', 2), commentAtPoint('建立质量奖励制度', 3)],
    [
      { id: 1, text: '请补充具体数据。', author: '李处长', date: '2026-05-27T09:30:00Z' },
      { id: 2, text: '已补充2023年的数据。', author: '王晶', date: '2026-05-27T10:05:00Z', replyTo: 1, done: true },
      { id: 3, text: '这一条是否保留？', author: '𠮷田', date: '2026-05-28T08:00:00Z' },
      { id: 4, text: '没有对应文字的批注', author: '李处长' },
    ],
  );
}

describe('Word comments imported with a .docx', () => {
  it('become anchored comments of the new draft, replies threaded, author and time kept, marked as from Word', async () => {
    const { handlers } = makeTestContext();
    const draft = await handlers['drafts.importDocx']({ fileName: '处长意见.docx', data: base64(await commentedDocx()) });
    const threads = await handlers['comments.list']({ draftId: draft.id });
    expect(
      threads.map((thread) => ({
        author: thread.author,
        unit: thread.authorUnit,
        time: thread.time,
        body: thread.body,
        anchor: thread.anchor,
        resolved: thread.resolvedAt !== null,
      })),
    ).toEqual([
      {
        author: '李处长',
        unit: WORD_COMMENT_UNIT,
        time: '2026-05-27T09:30:00.000Z',
        body: '请补充具体数据。',
        anchor: { block: 6, start: 3, end: 11, quote: '持续优化营商环境' },
        resolved: true,
      },
      // a comment on a point is placed on the word at that point (authors outside the BMP count as one character)
      {
        author: '𠮷田',
        unit: WORD_COMMENT_UNIT,
        time: '2026-05-28T08:00:00.000Z',
        body: '这一条是否保留？',
        anchor: { block: 8, start: 3, end: 5, quote: '建立' },
        resolved: false,
      },
    ]);
    expect(threads[0].replies.map((reply) => [reply.author, reply.body, reply.time])).toEqual([['王晶', '已补充2023年的数据。', '2026-05-27T10:05:00.000Z']]);
    // the comment with no text in the letter is not dropped: it is named in the warnings and the import note
    expect(draft.warnings.join('')).toContain('批注 4（李处长）：没有对应文字的批注');
    const [first] = await handlers['revisions.list']({ draftId: draft.id });
    expect(first.note).toContain('Word 批注 3 条已转为批注');
    expect(first.note).toContain('没有对应文字的批注');
  });

  it('are added to the draft when an edited copy comes back as a revision, and not twice when it comes back again', async () => {
    const { handlers, advance } = makeTestContext();
    const draft = await handlers['drafts.importDocx']({ fileName: '答复.docx', data: base64(await exportLetterDocx(sampleLetter)) });
    const data = base64(await commentedDocx());
    advance(60_000);
    await handlers['revisions.importDocx']({ draftId: draft.id, fileName: '处长意见.docx', data });
    advance(60_000);
    await handlers['revisions.importDocx']({ draftId: draft.id, fileName: '处长意见（再发一次）.docx', data });
    const threads = await handlers['comments.list']({ draftId: draft.id });
    expect(threads.map((thread) => [thread.body, thread.anchor?.quote, thread.replies.length])).toEqual([
      ['请补充具体数据。', '持续优化营商环境', 1],
      ['这一条是否保留？', '建立', 0],
    ]);
  });

  it('keep a comment on text in a table cell, anchored in that cell', async () => {
    const blocks = sampleLetter.content.blocks;
    const withTable = { ...sampleLetter, content: { ...sampleLetter.content, blocks: [...blocks.slice(0, 3), fundsTable(), ...blocks.slice(3)] } };
    const docx = await editDocx(await exportLetterDocx(withTable), [commentOn('区级配套', 1)], [{ id: 1, text: '配套资金是否到位？', author: '李处长' }]);
    const { handlers } = makeTestContext();
    const draft = await handlers['drafts.importDocx']({ fileName: '附表意见.docx', data: base64(docx) });
    const [thread] = await handlers['comments.list']({ draftId: draft.id });
    expect(thread.anchor?.quote).toBe('区级配套');
    expect(thread.place).toBe('表 1 第 4 行第 1 列');
  });

  it('leave nothing behind when the file is refused', async () => {
    const { handlers, ctx } = makeTestContext();
    const broken = await commentedDocx();
    await expect(handlers['drafts.importDocx']({ fileName: '坏.docx', data: base64(broken.slice(0, broken.length / 2)) })).rejects.toThrow('已损坏');
    expect(ctx.db.prepare('SELECT count(*) FROM comments').pluck().get()).toBe(0);
  });
});
