import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { makeTestContext } from '../../testing/testContext';
import { setCurrentUser } from '../../services/review/users';
import type { LetterDocument } from '../../../shared/model/document';
import { runCli } from '../run';

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line), stopSignal: new Promise<void>(() => {}) }, out, err };
}

const LETTER = ['关于加强城市绿化建设的答复', '市政协：', '我局高度重视您提出的建议，认真进行了研究。', '专此答复。'].join('\n');

const replaced = (content: LetterDocument, from: string, to: string): LetterDocument => JSON.parse(JSON.stringify(content).replace(from, to)) as LetterDocument;

/** A draft that 王晶 imported, 李科长 and then 张主任 edited, each change kept as a checkpoint. */
async function editedDraft(file: string) {
  const test = makeTestContext(file);
  const { handlers, ctx } = test;
  setCurrentUser(ctx.db, { name: '王晶', unit: '办公室', role: 'drafter' });
  const draft = await handlers['drafts.import']({ fileName: '答复.txt', text: LETTER });
  const first = await handlers['revisions.checkpoint']({ draftId: draft.id });
  const edit = async (author: string, from: string, to: string) => {
    setCurrentUser(ctx.db, { name: author, unit: '办公室', role: 'reviewer' });
    test.advance(3_600_000);
    const current = await handlers['drafts.get']({ draftId: draft.id });
    await handlers['drafts.save']({ draftId: draft.id, base: current.base, content: replaced(current.content, from, to), fields: current.fields });
    return handlers['revisions.checkpoint']({ draftId: draft.id });
  };
  await edit('李科长', '高度', '非常');
  await edit('张主任', '进行', '组织');
  ctx.db.close();
  return { draftId: draft.id, against: first.id };
}

describe('dafu export --tracked-against', () => {
  it('writes a 修订稿 whose w:ins and w:del name the colleague who made each change, and says how many there are', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dafu-tracked-'));
    const db = join(dir, 'dafu.sqlite3');
    const { draftId, against } = await editedDraft(db);
    const out = join(dir, '修订稿.docx');
    const run = fakeIo();
    expect(await runCli(['export', draftId, '--docx', out, '--tracked-against', against, '--db', db], run.io)).toBe(0);
    expect(run.out).toEqual([`已导出修订稿（2 处修改）：${out}`]);
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    const marks = [
      ...xml.matchAll(/<w:(ins|del) w:id="\d+" w:author="([^"]+)" w:date="([^"]+)"><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:(?:t|delText)[^>]*>([^<]*)</g),
    ].map(([, kind, author, date, text]) => `${kind} ${text} ${author} ${date}`);
    expect(marks).toEqual([
      'del 高度 李科长 2026-05-26T03:00:00Z',
      'ins 非常 李科长 2026-05-26T03:00:00Z',
      'del 进行 张主任 2026-05-26T04:00:00Z',
      'ins 组织 张主任 2026-05-26T04:00:00Z',
    ]);
  });

  it('names the flag in --help and refuses a revision of another draft or no .docx in Chinese', async () => {
    const help = fakeIo();
    expect(await runCli(['export', '--help'], help.io)).toBe(0);
    expect(help.out.join('\n')).toContain('--tracked-against');
    const dir = mkdtempSync(join(tmpdir(), 'dafu-tracked-'));
    const db = join(dir, 'dafu.sqlite3');
    const one = await editedDraft(db);
    const other = await editedDraft(db);
    const wrong = fakeIo();
    expect(await runCli(['export', one.draftId, '--docx', join(dir, 'x.docx'), '--tracked-against', other.against, '--db', db], wrong.io)).toBe(1);
    expect(wrong.err).toEqual(['dafu export: 作为修改前的版本不属于这份草稿。请在这份草稿的版本记录中选择。']);
    const noDocx = fakeIo();
    expect(await runCli(['export', one.draftId, '--txt', join(dir, 'x.txt'), '--tracked-against', one.against, '--db', db], noDocx.io)).toBe(2);
    expect(noDocx.err).toEqual(['dafu export: 修订稿是 Word 文档：请同时用 --docx 指定要保存的文件。']);
  });
});
