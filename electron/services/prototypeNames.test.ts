import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutReport } from '../../shared/print/fixtures/layoutReport';
import type { CallInput, CallName, CallOutput } from '../../shared/api/contract';
import { createDispatch } from '../app/dispatch';
import { runCli } from '../cli/run';
import { makeTestContext } from '../testing/testContext';
import { docxFile, wordParagraph } from '../testing/hostile/officeFiles';

/** Names a clerk or a file may choose that are also members of every plain object. */
const NAMES = ['toString', 'valueOf', 'constructor'] as const;

/** Every call through the one door the window and CLI use, so a bug is 程序出错了 as the clerk would see it. */
function services(file = ':memory:') {
  const { ctx, handlers } = makeTestContext(file);
  const internal: unknown[] = [];
  const dispatch = createDispatch(handlers, (error) => internal.push(error));
  const call = async <N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> => {
    const result = await dispatch(name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value as CallOutput<N>;
  };
  return { ctx, call, internal };
}

const HEADER = ['类别', '届次', '提案号', '案由', '提案者', '承办方式', '交办日期'];

/** A .docx exported by another Dafu whose letter has fields named like prototype members. */
function letterWithPrototypeFields(): string {
  const meta = JSON.stringify({
    definitions: NAMES.map((name, i) => ({ name, label: `字段${i + 1}`, type: 'text' })),
    values: Object.fromEntries(NAMES.map((name) => [name, `${name}的值`])),
  });
  const properties = Object.fromEntries(Array.from({ length: Math.ceil(meta.length / 250) }, (_, i) => [`DafuFields${i}`, meta.slice(i * 250, i * 250 + 250)]));
  const field = (name: string, id: number) =>
    `<w:bookmarkStart w:id="${id}" w:name="Dafu_${name}_1"/><w:r><w:t>${name}的值</w:t></w:r><w:bookmarkEnd w:id="${id}"/>`;
  const body = `<w:p><w:r><w:t>关于</w:t></w:r>${field('toString', 1)}<w:r><w:t>的答复</w:t></w:r></w:p>${wordParagraph('贵单位：')}<w:p>${field('valueOf', 2)}${field('constructor', 3)}</w:p>${wordParagraph('特此答复。')}`;
  return docxFile({ body: [{ data: body }], customProperties: properties }).toString('base64');
}

describe('answer types and fields named toString, valueOf or constructor', () => {
  it('a case whose 答复类型 is such a name saves, makes its reply, hands the facts on and prints', async () => {
    const { call, internal } = services();
    for (const [index, name] of (['toString', 'valueOf'] as const).entries()) {
      const { imported } = await call('cases.import', {
        fileName: '交办清单.xlsx',
        rows: [HEADER, ['政协提案', '十三届三次会议', `00${index}`, `关于${name}的建议`, '九三学社柳州市委员会', '主办', '2026-03-10']],
      });
      const caseId = imported[0];
      const { draftId } = await call('cases.createReply', { caseId });
      const facts = (await call('cases.get', { caseId })).facts;
      const saved = await call('cases.save', { caseId, facts: { ...facts, replyType: name, handler: 'constructor' } });
      expect(saved.drafts.updated).toEqual([draftId]);
      await call('cases.createReply', { caseId });
      const printed = await call('print.render', { draftId });
      expect(printed.bodyHtml).toContain(name);
    }
    expect(internal).toEqual([]);
  });

  it('a draft whose 答复类型 field holds such a name saves and prints, in the window and with dafu pdf', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dafu-names-')), 'dafu.sqlite3');
    const { ctx, call, internal } = services(file);
    const draft = await call('drafts.create', { templateId: 'zhengxie-lead' });
    let base = draft.base;
    for (const name of NAMES) {
      const saved = await call('drafts.save', { draftId: draft.id, base, content: draft.content, fields: { ...draft.fields, replyType: name, [name]: name } });
      expect(saved.status).toBe('saved');
      if (saved.status === 'saved') base = saved.base;
      expect((await call('print.render', { draftId: draft.id })).bodyHtml).toContain(`<span class="reply-mark">${name}</span>`);
    }
    expect(internal).toEqual([]);
    ctx.db.close();

    const out: string[] = [];
    const io = { out: (line: string) => out.push(line), err: (line: string) => out.push(line), stopSignal: new Promise<void>(() => {}) };
    const pdfPrinter = async () => ({
      pdf: new TextEncoder().encode('%PDF-stand-in'),
      report: layoutReport(),
    });
    const target = join(file, '..', '答复.pdf');
    expect(await runCli(['pdf', draft.id, '-o', target, '--db', file], { ...io, pdfPrinter })).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe('%PDF-stand-in');
  });

  it('a letter from a colleague with fields of those names imports, opens, saves, prints and exports', async () => {
    const { call, internal } = services();
    const draft = await call('drafts.importDocx', { fileName: '答复.docx', data: letterWithPrototypeFields() });
    expect(draft.fieldDefinitions.map((field) => field.name)).toEqual([...NAMES]);
    expect(draft.fields).toMatchObject({ toString: 'toString的值', valueOf: 'valueOf的值', constructor: 'constructor的值' });
    const opened = await call('drafts.get', { draftId: draft.id });
    const saved = await call('drafts.save', {
      draftId: draft.id,
      base: opened.base,
      content: opened.content,
      fields: { ...opened.fields, valueOf: '改过的值' },
    });
    expect(saved.status).toBe('saved');
    expect((await call('print.render', { draftId: draft.id })).bodyHtml).toContain('改过的值');
    expect((await call('drafts.exportText', { draftId: draft.id })).text).toContain('改过的值');
    await call('drafts.exportDocx', { draftId: draft.id });
    const revisions = await call('revisions.list', { draftId: draft.id });
    expect(revisions.length).toBeGreaterThan(0);
    expect(internal).toEqual([]);
  });
});
