import { describe, expect, it } from 'vitest';
import { compareLetters } from '../../../shared/diff/compare';
import { liuzhou2023Letter } from '../../../shared/structure/fixtures/liuzhou2023';
import { commentOn, editDocx, trackDeletion, trackInsertion } from '../../../shared/docx/fixtures/docxTestKit';
import { makeTestContext } from '../../testing/testContext';
import { docxFile, wordParagraph } from '../../testing/hostile/officeFiles';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const bytesOf = (data: string) => new Uint8Array(Buffer.from(data, 'base64'));

async function draftFromTemplate() {
  const test = makeTestContext();
  const draft = await test.handlers['drafts.create']({ templateId: 'zhengxie-lead' });
  const fields = {
    ...draft.fields,
    replyType: 'A',
    sessionName: '市政协十三届三次会议',
    proposalNumber: '011',
    proposer: '九三学社柳州市委员会',
    signedOn: '2023-05-26',
  };
  const saved = await test.handlers['drafts.save']({ draftId: draft.id, base: draft.base, content: draft.content, fields });
  if (saved.status !== 'saved') throw new Error('save failed');
  return { ...test, draftId: draft.id };
}

describe('importing a .docx as a new draft', () => {
  it('gives the same draft as importing the same letter as text', async () => {
    const { handlers } = makeTestContext();
    const fromText = await handlers['drafts.import']({ fileName: '答复.txt', text: liuzhou2023Letter });
    const exported = await handlers['drafts.exportDocx']({ draftId: fromText.id });
    const fromDocx = await handlers['drafts.importDocx']({ fileName: '答复.docx', data: exported.data });
    expect(fromDocx.content).toEqual(fromText.content);
    expect(fromDocx.fields).toEqual(fromText.fields);
    expect(fromDocx.fieldDefinitions).toEqual(fromText.fieldDefinitions);
    expect(fromDocx.title).toBe(fromText.title);
    const [first] = await handlers['revisions.list']({ draftId: fromDocx.id });
    expect(first).toMatchObject({ kind: 'import', note: '从文件「答复.docx」导入' });
  });

  it('refuses a letter of more paragraphs than a draft can hold and stores nothing', async () => {
    const { handlers } = makeTestContext();
    const data = docxFile({ body: [{ data: wordParagraph('又一段。').repeat(20_001) }] }).toString('base64');
    await expect(handlers['drafts.importDocx']({ fileName: '汇编.docx', data })).rejects.toThrow(
      /「汇编\.docx」超出了一封答复函能存的范围.*最多 20,000 段，这份有 20,001 段/,
    );
    expect(await handlers['drafts.list']({})).toEqual([]);
  });

  it('refuses a damaged file with a plain message and stores nothing', async () => {
    const { handlers } = makeTestContext();
    await expect(handlers['drafts.importDocx']({ fileName: '坏.docx', data: base64(new TextEncoder().encode('PK\u0003\u0004 broken')) })).rejects.toThrow(
      '「坏.docx」已损坏',
    );
    expect(await handlers['drafts.list']({})).toEqual([]);
  });
});

describe('importing a colleague’s edited copy as a new revision', () => {
  it('refuses a copy longer than a draft can hold and leaves the draft as it was', async () => {
    const { handlers, draftId } = await draftFromTemplate();
    const before = { draft: await handlers['drafts.get']({ draftId }), revisions: await handlers['revisions.list']({ draftId }) };
    const data = docxFile({ body: [{ data: wordParagraph('又一段。').repeat(20_001) }] }).toString('base64');
    await expect(handlers['revisions.importDocx']({ draftId, fileName: '修改稿.docx', data })).rejects.toThrow(/最多 20,000 段/);
    expect({ draft: await handlers['drafts.get']({ draftId }), revisions: await handlers['revisions.list']({ draftId }) }).toEqual(before);
  });

  it('keeps a file with 修订 as a line waiting to be merged, whose comparison shows the tracked changes, and keeps the comments', async () => {
    const { handlers, advance, draftId } = await draftFromTemplate();
    const exported = await handlers['drafts.exportDocx']({ draftId });
    expect(exported.fileName).toBe('关于对市政协十三届三次会议第011号提案的答复.docx');
    const edited = await editDocx(
      bytesOf(exported.data),
      [trackDeletion('认真研究，并'), trackInsertion('综合各协办单位意见', '和有关专家'), commentOn('基本情况', 7)],
      [{ id: 7, text: '这部分请补充数据' }],
    );
    advance(60_000);
    const before = await handlers['drafts.get']({ draftId });
    const { revision, warnings } = await handlers['revisions.importDocx']({ draftId, fileName: '科长修改稿.docx', data: base64(edited) });
    const history = await handlers['revisions.list']({ draftId });
    // the saved working copy is cut as a revision first; the file's line follows it: the original, then 张科长's 修订
    expect(history.slice(-3).map((entry) => entry.kind)).toEqual(['auto', 'import', 'import']);
    expect(revision).toMatchObject({ kind: 'import', author: '张科长', parents: [history.at(-2)?.id] });
    expect(revision.note).toBe('「科长修改稿.docx」中张科长的修订');
    expect((await handlers['comments.list']({ draftId })).map((thread) => [thread.author, thread.body, thread.anchor?.quote])).toEqual([
      ['张科长', '这部分请补充数据', '基本情况'],
    ]);
    expect(warnings[0]).toBe('文件里的修订（张科长）没有直接改动正文，已作为「待合并」的修改建议放在一旁：请在「待合并」中逐处核对，接受或不接受。');

    expect(history.at(-1)?.id).toBe(revision.id);
    // nothing is accepted silently: the draft stays where it was and the line waits as 待合并
    const after = await handlers['drafts.get']({ draftId });
    expect(after.base.revisionId).toBe(history.at(-3)?.id);
    expect(after.content).toEqual(before.content);
    expect(after.fields).toEqual(before.fields);
    expect((await handlers['review.status']({ draftId })).pendingMerges.map((entry) => entry.id)).toEqual([revision.id]);

    const previous = await handlers['revisions.get']({ revisionId: revision.parents[0] });
    expect(previous.content).toEqual(before.content);
    const imported = await handlers['revisions.get']({ revisionId: revision.id });
    const comparison = compareLetters(
      { content: previous.content, fields: previous.fields, definitions: after.fieldDefinitions },
      { content: imported.content, fields: imported.fields, definitions: after.fieldDefinitions },
    );
    expect(comparison.changes.map(({ kind, before: was, after: now }) => ({ kind, was, now }))).toEqual([
      { kind: 'delete', was: '认真研究，并', now: '' },
      { kind: 'insert', was: '', now: '和有关专家' },
    ]);
  });

  it('takes a field value the colleague changed in the text as the field’s new value', async () => {
    const { handlers, draftId } = await draftFromTemplate();
    const exported = await handlers['drafts.exportDocx']({ draftId });
    const edited = await editDocx(bytesOf(exported.data), [trackInsertion('九三学社柳州市委员会', '民盟柳州市委员会'), trackDeletion('九三学社柳州市委员会')]);
    const { revision } = await handlers['revisions.importDocx']({ draftId, fileName: '改稿.docx', data: base64(edited) });
    const suggested = await handlers['revisions.get']({ revisionId: revision.id });
    expect(suggested.fields.proposer).toBe('民盟柳州市委员会');
    expect(suggested.content.blocks.find((block) => block.role === 'addressee')?.inlines[0]).toEqual({ t: 'field', name: 'proposer' });
  });

  it('refuses a bad file without touching the draft', async () => {
    const { handlers, draftId } = await draftFromTemplate();
    const before = await handlers['revisions.list']({ draftId });
    await expect(
      handlers['revisions.importDocx']({
        draftId,
        fileName: '旧.doc.docx',
        data: base64(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])),
      }),
    ).rejects.toThrow('旧版 Word 97-2003');
    expect(await handlers['revisions.list']({ draftId })).toEqual(before);
  });
});

describe('exporting text', () => {
  it('writes the working copy with fields resolved', async () => {
    const { handlers, draftId } = await draftFromTemplate();
    const { fileName, text } = await handlers['drafts.exportText']({ draftId });
    expect(fileName).toBe('关于对市政协十三届三次会议第011号提案的答复.txt');
    expect(text.split('\r\n')).toContain('九三学社柳州市委员会：');
    expect(text).toContain('2023年5月26日');
  });
});
