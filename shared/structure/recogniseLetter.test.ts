import { describe, expect, it } from 'vitest';
import { documentText, type LetterDocument } from '../model/document';
import { LetterDocumentSchema } from '../model/document';
import { makeFieldRenderer } from '../fields/formatField';
import { liuzhou2023Letter } from './fixtures/liuzhou2023';
import { genreLetters } from './fixtures/genreLetters';
import { noAttachmentLetter, oneAttachmentLetter, twoAttachmentLetter } from './fixtures/attachmentLetters';
import { recogniseLetter } from './recogniseLetter';

function structureOf(document: LetterDocument): string[] {
  return document.blocks.map((block) => (block.role === 'heading' ? `h${block.level}` : block.role));
}

function textOf(letter: ReturnType<typeof recogniseLetter>): string {
  return documentText(letter.document, makeFieldRenderer(letter.fieldDefinitions, letter.fields));
}

describe('recognising the Liuzhou example letter copied from the web', () => {
  const letter = recogniseLetter(liuzhou2023Letter);

  it('yields the dozen facts a clerk would otherwise retype', () => {
    expect(letter.fields).toEqual({
      sessionName: '柳州市政协十三届三次会议',
      proposalNumber: '011',
      proposalTitle: '关于发挥质量强市标杆作用 加快推动高标准市场体系建设的建议',
      proposer: '九三学社柳州市委员会',
      bureauName: '柳州市市场监督管理局',
      signedOn: '2023-05-26',
      handler: '王晶',
      handlerPhone: '13557725771',
      cc: '市政协提案委员会、市政府督查室',
    });
    expect(letter.fieldDefinitions.map((field) => field.label)).toEqual([
      '届次会议',
      '提案号',
      '提案标题',
      '提案者',
      '署名机关',
      '成文日期',
      '承办人',
      '联系电话',
      '抄送单位',
    ]);
  });

  it('has the structure of a template: title, 主送, headings by level, closing, 署名, date, 抄送, 附注', () => {
    expect(structureOf(letter.document)).toEqual([
      'title',
      'addressee',
      'body',
      'h1',
      'body',
      'body',
      'h1',
      'h2',
      'h2',
      'h2',
      'body',
      'h2',
      'h2',
      'body',
      'closing',
      'signature',
      'signature',
      'date',
      'cc',
      'note',
    ]);
    expect(LetterDocumentSchema.safeParse(letter.document).success).toBe(true);
  });

  it('leaves out the web page chrome and says so', () => {
    expect(textOf(letter)).not.toContain('发布日期');
    expect(letter.warnings).toContain('已略去从网页带来的 1 行（来源、发布日期、打印、关闭等）。');
  });

  it('reads 「2023526」 as 26 May 2023 and warns that it was malformed', () => {
    expect(letter.warnings).toContain('成文日期写成了「2023526」，格式不对，已按「2023年5月26日」识别，请核对。');
    expect(letter.document.blocks.find((block) => block.role === 'date')?.inlines).toEqual([{ t: 'field', name: 'signedOn' }]);
  });

  it('writes the facts as field runs where the text states them, so editing a field updates the text', () => {
    const title = letter.document.blocks[0];
    expect(title.inlines).toEqual([
      { t: 'text', text: '关于对' },
      { t: 'field', name: 'sessionName' },
      { t: 'field', name: 'proposalNumber' },
      { t: 'text', text: '提案的答复' },
    ]);
    const renumbered = documentText(letter.document, makeFieldRenderer(letter.fieldDefinitions, { ...letter.fields, proposalNumber: '012' }));
    expect(renumbered.split('\n')[0]).toBe('关于对柳州市政协十三届三次会议第012号提案的答复');
    expect(renumbered.split('\n')[2]).toContain('(第012号)已收悉');
  });

  it('points out the 号 missing from 「（第011）」, the missing 《 and the 主送 without a colon', () => {
    expect(letter.warnings).toContain('正文中有 1 处「第011」少了「号」，已改为提案号字段，显示为「第011号」。');
    expect(letter.warnings.some((warning) => warning.includes('缺少书名号「《」'))).toBe(true);
    expect(letter.warnings).toContain('主送「九三学社柳州市委员会」后面缺少冒号「：」，请补上。');
  });

  it('keeps every word of the letter body', () => {
    expect(textOf(letter)).toContain('柳江河水环境质量连续3年保持全国第一。');
    expect(textOf(letter)).toContain('专此答复,诚挚感谢贵单位');
  });
});

describe('recognising letters of the genre', () => {
  for (const sample of genreLetters) {
    it(sample.name, () => {
      const letter = recogniseLetter(sample.text);
      expect(structureOf(letter.document)).toEqual(sample.structure);
      expect(letter.fields).toEqual(sample.fields);
      for (const name of Object.keys(sample.fields)) {
        expect(letter.document.blocks.some((block) => block.inlines.some((run) => run.t === 'field' && run.name === name))).toBe(true);
      }
    });
  }

  it('renders an imported letter back to its own text when nothing was wrong with it', () => {
    const sample = genreLetters[0];
    const letter = recogniseLetter(sample.text);
    expect(textOf(letter)).toBe(
      sample.text
        .split('\n')
        .filter((line) => line !== '')
        .join('\n'),
    );
    expect(letter.warnings).toEqual([]);
  });

  it('warns about what a fragment lacks', () => {
    const letter = recogniseLetter(genreLetters.find((sample) => sample.name.startsWith('片段'))!.text);
    expect(letter.warnings).toEqual([
      '没有认出标题（如「关于……的答复」），请在第一行补上。',
      '没有找到署名机关，请在正文后补上。',
      '没有找到成文日期，请在署名下方补上。',
    ]);
  });

  it('warns about a date written with dashes', () => {
    const letter = recogniseLetter(genreLetters.find((sample) => sample.text.endsWith('2023-9-8'))!.text);
    expect(letter.warnings).toEqual(['成文日期写成了「2023-9-8」，格式不对，已按「2023年9月8日」识别，请核对。']);
  });
});

describe('recognising the 附件说明', () => {
  it('finds 「附件：1. …」 and the numbered names under it between the closing and the 署名', () => {
    const letter = recogniseLetter(twoAttachmentLetter);
    expect(structureOf(letter.document)).toEqual([
      'title',
      'addressee',
      'body',
      'h1',
      'body',
      'closing',
      'attachment',
      'attachment',
      'signature',
      'date',
      'note',
      'cc',
    ]);
    const attachments = letter.document.blocks.filter((block) => block.role === 'attachment');
    expect(attachments.map((block) => documentText({ version: 1, blocks: [block] }, () => ''))).toEqual([
      '附件：1.柳州市农贸市场食品安全检查情况统计表',
      '2.柳州市农贸市场快检室建设名单',
    ]);
    expect(letter.fields.bureauName).toBe('柳州市市场监督管理局');
  });

  it('takes a single unnumbered 附件 line for an attachment, not for the 署名', () => {
    const letter = recogniseLetter(oneAttachmentLetter);
    expect(structureOf(letter.document)).toEqual(['title', 'addressee', 'body', 'body', 'closing', 'attachment', 'signature', 'date']);
  });

  it('leaves 附件 mentioned in the body and numbered body paragraphs alone', () => {
    const letter = recogniseLetter(noAttachmentLetter);
    expect(structureOf(letter.document)).toEqual(['title', 'addressee', 'body', 'h3', 'h3', 'closing', 'signature', 'date']);
  });
});
