import { describe, expect, it } from 'vitest';
import { recogniseLetter } from '../structure/recogniseLetter';
import { liuzhou2023Letter } from '../structure/fixtures/liuzhou2023';
import { decodeText } from '../structure/decodeText';
import { letterPlainText } from '../export/letterText';
import { exportLetterDocx, type LetterForExport } from './exportDocx';
import { letterFromDocx } from './letterFromDocx';
import { readDocx } from './readDocx';
import { replacePart } from './fixtures/docxTestKit';
import { sampleLetter } from './fixtures/sampleLetter';

async function roundTrip(letter: LetterForExport) {
  return letterFromDocx(await readDocx(await exportLetterDocx(letter), '答复.docx'));
}

describe('export to .docx and import again', () => {
  it('gives back the same blocks, roles, levels, bold, field runs, definitions and values', async () => {
    const back = await roundTrip(sampleLetter);
    expect(back.document).toEqual(sampleLetter.content);
    expect(back.fieldDefinitions).toEqual(sampleLetter.fieldDefinitions);
    expect(back.fields).toEqual(sampleLetter.fields);
    expect(back.warnings).toEqual([]);
  });

  it('gives back a recognised letter unchanged, so importing .txt and .docx agree', async () => {
    const recognised = recogniseLetter(liuzhou2023Letter);
    const back = await roundTrip({ title: '答复', content: recognised.document, fieldDefinitions: recognised.fieldDefinitions, fields: recognised.fields });
    expect(back.document).toEqual(recognised.document);
    expect(back.fields).toEqual(recognised.fields);
  });

  it('reads a Dafu export whose field properties were lost by recognising its text, like a .txt', async () => {
    const recognised = recogniseLetter(liuzhou2023Letter);
    const bytes = await exportLetterDocx({
      title: '答复',
      content: recognised.document,
      fieldDefinitions: recognised.fieldDefinitions,
      fields: recognised.fields,
    });
    const back = letterFromDocx(await readDocx(await replacePart(bytes, 'docProps/custom.xml', null), '答复.docx'));
    expect(back.fields).toEqual(recognised.fields);
    expect(back.document.blocks.map((block) => [block.role, block.level])).toEqual(recognised.document.blocks.map((block) => [block.role, block.level]));
  });

  it('exports plain text with fields resolved, which reads back as the same letter', () => {
    const text = letterPlainText(sampleLetter.content, sampleLetter.fieldDefinitions, sampleLetter.fields);
    expect(text).toContain('关于对市政协十三届三次会议第011号提案的答复\r\n');
    expect(text).toContain('2023年5月26日\r\n');
    expect(text).toContain('所提问题已经解决。\r\n');
    expect(text).toContain('（联系人：〔承办人〕）');
    const recognised = recogniseLetter(
      letterPlainText(
        recogniseLetter(liuzhou2023Letter).document,
        recogniseLetter(liuzhou2023Letter).fieldDefinitions,
        recogniseLetter(liuzhou2023Letter).fields,
      ),
    );
    expect(recognised.fields).toEqual(recogniseLetter(liuzhou2023Letter).fields);
    expect(decodeText(new TextEncoder().encode(`\ufeff${text}`))).toBe(`\ufeff${text}`.slice(1));
  });
});
