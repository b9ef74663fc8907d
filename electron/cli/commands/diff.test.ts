import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cell, fundsTable } from '../../../shared/model/fixtures/sampleTables';
import { makeTestContext } from '../../testing/testContext';
import { runCli } from '../run';

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line), stopSignal: new Promise<void>(() => {}) }, out, err };
}

const opening = '贵单位提出的关于加快推动高标准市场体系建设的建议收悉，现答复如下。';
const situation = '柳州市历届党委、政府高度重视质量工作，始终坚持质量第一的发展理念。';
const closing = '下一步，我们将继续努力。';

function textFiles(before: string, after: string) {
  const dir = mkdtempSync(join(tmpdir(), 'dafu-diff-'));
  const [a, b] = [join(dir, '旧稿.txt'), join(dir, '新稿.txt')];
  writeFileSync(a, before);
  writeFileSync(b, after);
  return [a, b];
}

describe('dafu diff with two .txt files', () => {
  const [oldFile, newFile] = textFiles(
    [opening, situation, closing].join('\n'),
    ['\uFEFF' + opening.replace('加快', '加速').replace('收悉，', '收悉、'), situation, '同时加强跟踪督办。', closing].join('\r\n'),
  );

  it('prints the changes as a JSON array of {kind, before, after, paragraph}', async () => {
    const { io, out } = fakeIo();
    expect(await runCli(['diff', oldFile, newFile, '--json'], io)).toBe(0);
    expect(JSON.parse(out.join('\n'))).toEqual([
      { kind: 'replace', before: '加快', after: '加速', paragraph: 1, offset: 8 },
      { kind: 'replace', before: '，', after: '、', paragraph: 1, offset: 26 },
      { kind: 'insert', before: '', after: '同时加强跟踪督办。', paragraph: 3, offset: 0 },
    ]);
  });

  it('prints a readable inline rendering without --json', async () => {
    const { io, out } = fakeIo();
    expect(await runCli(['diff', oldFile, newFile], io)).toBe(0);
    expect(out).toEqual([
      '共 3 处改动，涉及 2 段，增加 12 字，删除 3 字。',
      '第1段：贵单位提出的关于[-加快-]{+加速+}推动高标准市场体系建设的建议收悉[-，-]{+、+}现答复如下。',
      '第3段（新增）：{+同时加强跟踪督办。+}',
    ]);
  });

  it('compares character by character with --char', async () => {
    const { io, out } = fakeIo();
    expect(await runCli(['diff', oldFile, newFile, '--json', '--char'], io)).toBe(0);
    expect(JSON.parse(out.join('\n'))[0]).toEqual({ kind: 'replace', before: '快', after: '速', paragraph: 1, offset: 9 });
  });

  it('says so when the two versions are the same', async () => {
    const { io, out } = fakeIo();
    expect(await runCli(['diff', oldFile, oldFile], io)).toBe(0);
    expect(out).toEqual(['两个版本内容相同。']);
  });

  it('refuses a missing file or an argument that is neither a file nor a revision, in one line', async () => {
    for (const args of [
      ['diff', oldFile],
      ['diff', oldFile, join(tmpdir(), '不存在.txt')],
      ['diff', oldFile, '第二稿'],
    ]) {
      const { io, out, err } = fakeIo();
      expect(await runCli(args, io)).toBe(2);
      expect(out).toEqual([]);
      expect(err).toHaveLength(1);
    }
  });
});

describe('dafu diff with two revision ids', () => {
  it('compares the stored revisions, field values included', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dafu-diff-db-')), 'dafu.sqlite3');
    const { ctx, handlers } = makeTestContext(file);
    const draft = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    const [first] = await handlers['revisions.list']({ draftId: draft.id });
    const added = '我局将会同市政协提案委员会加强跟踪督办。';
    const content = { ...draft.content, blocks: [...draft.content.blocks, { role: 'body' as const, inlines: [{ t: 'text' as const, text: added }] }] };
    await handlers['drafts.save']({ draftId: draft.id, base: draft.base, content, fields: { proposalNumber: '011' } });
    const checkpoint = await handlers['revisions.checkpoint']({ draftId: draft.id, note: '送审' });
    ctx.db.close();

    const { io, out } = fakeIo();
    expect(await runCli(['diff', first.id, checkpoint.id, '--json', '--db', file], io)).toBe(0);
    const changes = JSON.parse(out.join('\n')) as Record<string, unknown>[];
    expect(changes[0]).toEqual({ kind: 'replace', before: '〔提案号〕', after: '第011号', paragraph: null, offset: null, field: 'proposalNumber' });
    expect(changes.at(-1)).toEqual({ kind: 'insert', before: '', after: added, paragraph: content.blocks.length, offset: 0 });
  });

  it('names a changed cell by its table, row and column, and a paragraph after the table by the paragraphs the clerk counts', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dafu-diff-db-')), 'dafu.sqlite3');
    const { ctx, handlers } = makeTestContext(file);
    const draft = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    const paragraph = (text: string) => ({ role: 'body' as const, inlines: [{ t: 'text' as const, text }] });
    const changed = fundsTable();
    changed.table!.rows[3].cells[2] = cell('900');
    const withTable = { ...draft.content, blocks: [...draft.content.blocks, fundsTable(), paragraph(closing)] };
    const edited = { ...draft.content, blocks: [...draft.content.blocks, changed, paragraph('下一步，我们将继续加倍努力。')] };
    await handlers['drafts.save']({ draftId: draft.id, base: draft.base, content: withTable, fields: draft.fields });
    const before = await handlers['revisions.checkpoint']({ draftId: draft.id, note: '初稿' });
    const { base } = await handlers['drafts.get']({ draftId: draft.id });
    await handlers['drafts.save']({ draftId: draft.id, base, content: edited, fields: draft.fields });
    const after = await handlers['revisions.checkpoint']({ draftId: draft.id, note: '改稿' });
    ctx.db.close();

    const { io, out } = fakeIo();
    expect(await runCli(['diff', before.id, after.id, '--db', file], io)).toBe(0);
    expect(out.slice(1).map((line) => line.split('：')[0])).toEqual(['表1第4行第3列', `第${withTable.blocks.length - 1}段`]);
  });
});
