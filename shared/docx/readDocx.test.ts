import JSZip from 'jszip';
import { AlignmentType, CommentRangeEnd, CommentRangeStart, CommentReference, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { exportLetterDocx } from './exportDocx';
import { letterFromDocx } from './letterFromDocx';
import { readDocx } from './readDocx';
import { MAX_DOCX_BYTES } from '../api/docxLimits';
import { commentOn, editDocx, replacePart, trackDeletion, trackInsertion } from './fixtures/docxTestKit';
import { sampleLetter } from './fixtures/sampleLetter';

async function refusal(bytes: Uint8Array): Promise<string> {
  const error = await readDocx(bytes, '答复.docx').then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).code).toBe('invalid_input');
  return (error as ApiError).message;
}

const ole = (extra: number[] = []) => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0), ...extra]);
const utf16 = (text: string) => [...text].flatMap((char) => [char.charCodeAt(0), 0]);

describe('reading a file that is not a usable .docx', () => {
  it('refuses a password-protected file and an old .doc with what to do about each', async () => {
    expect(await refusal(ole(utf16('EncryptionInfo')))).toMatch(/设置了打开密码.*取消密码/);
    expect(await refusal(ole(utf16('WordDocument')))).toMatch(/旧版 Word 97-2003.*另存为/);
  });

  it('refuses text, an empty file, a truncated zip and a zip without a document', async () => {
    expect(await refusal(new TextEncoder().encode('关于对柳州市政协提案的答复'))).toMatch(/不是 Word 文档/);
    expect(await refusal(new Uint8Array())).toMatch(/空文件/);
    const docx = await exportLetterDocx(sampleLetter);
    expect(await refusal(docx.slice(0, docx.length / 2))).toMatch(/已损坏/);
    const xlsx = new JSZip();
    xlsx.file('xl/workbook.xml', '<workbook/>');
    expect(await refusal(await xlsx.generateAsync({ type: 'uint8array' }))).toMatch(/没有正文/);
  });

  it('refuses damaged XML inside an otherwise good file', async () => {
    const docx = await exportLetterDocx(sampleLetter);
    expect(await refusal(await replacePart(docx, 'word/document.xml', '<w:document><w:body><w:p>'))).toMatch(/内容已损坏/);
  });

  it('refuses a file over the size limit before opening it', async () => {
    expect(await refusal(new Uint8Array(MAX_DOCX_BYTES + 1))).toMatch(/超过了 100\.0 MB 的上限/);
  });

  it('stops inflating a zip bomb once it passes the part limit', async () => {
    const bomb = new JSZip();
    bomb.file('word/document.xml', new Uint8Array(41 * 1024 * 1024));
    const bytes = await bomb.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(bytes.length).toBeLessThan(200_000);
    expect(await refusal(bytes)).toMatch(/解压后大得异常/);
  });
});

describe('reading tracked changes and comments', () => {
  it('reads insertions as accepted, leaves deletions out, and places every comment with its author, time and anchor', async () => {
    const edited = await editDocx(
      await exportLetterDocx(sampleLetter),
      [trackDeletion('取得了明显成效'), trackInsertion('我局认真贯彻落实', '党中央和'), commentOn('持续优化营商环境', 1)],
      [{ id: 1, text: '请补充具体数据。' }],
    );
    const content = await readDocx(edited, '修改稿.docx');
    expect(content.insertions).toBe(1);
    expect(content.deletions).toBe(1);
    expect(content.comments).toMatchObject([
      { author: '张科长', date: '2026-05-27T09:30:00Z', text: '请补充具体数据。', anchor: '持续优化营商环境', done: false },
    ]);
    const letter = letterFromDocx(content);
    const body = letter.document.blocks[5].inlines.map((run) => (run.t === 'text' ? run.text : '')).join('');
    expect(body).toBe('近年来，我局认真贯彻落实党中央和有关决策部署，。');
    expect(letter.warnings[0]).toMatch(/2 处修订（插入 1 处、删除 1 处），已全部按“接受修订”导入/);
    expect(letter.warnings[1]).toMatch(/1 条 Word 批注（含回复）已转为本软件的批注/);
    expect(letter.comments).toEqual([
      {
        author: '张科长',
        time: '2026-05-27T09:30:00.000Z',
        body: '请补充具体数据。',
        anchor: { block: 6, start: 3, end: 11, quote: '持续优化营商环境' },
        resolved: false,
      },
    ]);
  });
});

describe('reading a .docx written by Word or WPS, not by Dafu', () => {
  it('recognises structure and fields from the text, and takes title, heading styles and bold from Word', async () => {
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('关于对市政协十三届三次会议第011号提案的答复')] }),
            new Paragraph({ children: [new TextRun('九三学社柳州市委员会：')] }),
            new Paragraph({ children: [new TextRun('贵单位提出的关于加快推动高标准市场体系建设的建议收悉，现答复如下：')] }),
            new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('基本情况')] }),
            new Paragraph({
              children: [
                new TextRun('我们'),
                new CommentRangeStart(0),
                new TextRun({ text: '高度重视', bold: true }),
                new CommentRangeEnd(0),
                new TextRun({ children: [new CommentReference(0)] }),
                new TextRun('质量工作。'),
              ],
            }),
            new Paragraph({ children: [] }),
            new Paragraph({ children: [new TextRun('专此答复。')] }),
            new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun('柳州市市场监督管理局')] }),
            new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun('2023年5月26日')] }),
          ],
        },
      ],
      comments: { children: [{ id: 0, author: '李处长', date: new Date('2026-05-27'), children: [new Paragraph({ children: [new TextRun('措辞再斟酌')] })] }] },
    });
    const letter = letterFromDocx(await readDocx(new Uint8Array(await Packer.toArrayBuffer(document)), '外单位.docx'));
    expect(letter.document.blocks.map((block) => [block.role, block.level])).toEqual([
      ['title', undefined],
      ['addressee', undefined],
      ['body', undefined],
      ['heading', 1],
      ['body', undefined],
      ['closing', undefined],
      ['signature', undefined],
      ['date', undefined],
    ]);
    expect(letter.document.blocks[4].inlines).toEqual([
      { t: 'text', text: '我们' },
      { t: 'text', text: '高度重视', bold: true },
      { t: 'text', text: '质量工作。' },
    ]);
    expect(letter.fields).toMatchObject({ proposalNumber: '011', proposer: '九三学社柳州市委员会', signedOn: '2023-05-26' });
    expect(letter.comments).toMatchObject([{ author: '李处长', body: '措辞再斟酌', anchor: { block: 4, start: 2, end: 6, quote: '高度重视' } }]);
  });
});
