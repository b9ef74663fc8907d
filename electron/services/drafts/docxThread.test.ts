import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../shared/docx/readDocx';
import { letterFromDocx } from '../../../shared/docx/letterFromDocx';
import { makeTestContext } from '../../testing/testContext';
import { docxFile, wordParagraph } from '../../testing/hostile/officeFiles';
import { answeredMeanwhile, longestStall } from '../../testing/eventLoopStall';
import { docxOutOfMemory, docxTookTooLong, readDocxInThread } from './docxThread';

const deletion = (id: number) =>
  `<w:del w:id="${id}" w:author="王晶" w:date="2026-03-10T00:00:00Z"><w:r><w:delText xml:space="preserve">${'建议内容。'.repeat(10)}</w:delText></w:r></w:del>`;

/** A colleague's copy with 25,000 tracked deletions: most of a second to read, a two-paragraph letter once read. */
function heavyCopy(): Buffer {
  const body = `<w:p>${Array.from({ length: 25_000 }, (_, i) => deletion(i + 1)).join('')}<w:r><w:t>柳州螺蛳粉全产业链销售收入超600亿元。</w:t></w:r></w:p>`;
  return docxFile({ body: [{ data: wordParagraph('关于柳州螺蛳粉产业发展的答复') + body }] });
}

const readHere = async (fileName: string, bytes: Uint8Array) => letterFromDocx(await readDocx(bytes, fileName));

/** The message `read` is refused with. */
const refusal = (read: Promise<unknown>) =>
  read.then(
    () => 'read',
    (error: Error) => error.message,
  );

describe('reading a .docx on its own thread', () => {
  const heavy = heavyCopy();

  it('answers other calls while a large file is being read', async () => {
    const { handlers } = makeTestContext();
    let answered: number[] = [];
    const stall = await longestStall(async () => {
      const run = await answeredMeanwhile(
        async () => handlers['drafts.importDocx']({ fileName: '修改稿.docx', data: heavy.toString('base64') }),
        () => handlers['drafts.list']({}),
      );
      answered = run.answered;
      expect(run.value.content.blocks).toHaveLength(2);
      expect(run.value.warnings[0]).toContain('删除 25000 处');
    });
    const onThisThread = await longestStall(() => readHere('修改稿.docx', heavy));

    expect(answered.length).toBeGreaterThan(5);
    expect(Math.max(...answered)).toBeLessThan(50);
    expect(stall).toBeLessThan(onThisThread / 3);
    console.info(
      `docx: longest stall ${Math.round(stall)} ms on the thread, ${Math.round(onThisThread)} ms read here; ${answered.length} calls answered meanwhile`,
    );
  });

  it('gives the letter reading it here gives', async () => {
    const file = docxFile({ body: [{ data: wordParagraph('关于柳州螺蛳粉产业发展的答复') + wordParagraph('柳州螺蛳粉全产业链销售收入超600亿元。') }] });
    expect(await readDocxInThread('答复.docx', new Uint8Array(file))).toEqual(await readHere('答复.docx', file));
  });

  it('refuses damaged and hostile files in the same words as reading them here', async () => {
    const files: Array<[string, Uint8Array]> = [
      ['坏.docx', new TextEncoder().encode('PK\u0003\u0004 broken')],
      ['空.docx', new Uint8Array()],
      ['文本.docx', new TextEncoder().encode('只是一段文字')],
      ['嵌套.docx', docxFile({ body: [{ data: `${'<w:sdt><w:sdtContent>'.repeat(1_000)}${wordParagraph('深')}${'</w:sdtContent></w:sdt>'.repeat(1_000)}` }] })],
    ];
    for (const [fileName, bytes] of files) {
      const here = await refusal(readHere(fileName, bytes));
      expect(here).not.toBe('read');
      expect(await refusal(readDocxInThread(fileName, new Uint8Array(bytes)))).toBe(here);
    }
  });

  it('stops a read that runs over its time and says so', async () => {
    const started = performance.now();
    await expect(readDocxInThread('修改稿.docx', new Uint8Array(heavy), { budgetMs: 200 })).rejects.toThrow(docxTookTooLong('修改稿.docx', 200));
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('ends a read that needs more memory than its thread may have, with a plain message', async () => {
    await expect(readDocxInThread('修改稿.docx', new Uint8Array(heavy), { heapMb: 4 })).rejects.toThrow(docxOutOfMemory('修改稿.docx'));
  });
});
