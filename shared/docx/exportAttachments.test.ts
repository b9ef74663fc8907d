import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { recogniseLetter } from '../structure/recogniseLetter';
import { oneAttachmentLetter, threeAttachmentLetter } from '../structure/fixtures/attachmentLetters';
import { exportLetterDocx } from './exportDocx';
import { CHAR_PITCH_TWIPS } from './gbLayout';
import { parseXml, wAttr, wChild, wDescendants } from './wordXml';

/** Each 附件说明 paragraph of the exported document.xml: its text, where its first line starts and where later lines start, in characters. */
async function attachmentParagraphs(letterText: string) {
  const letter = recogniseLetter(letterText);
  const zip = await JSZip.loadAsync(
    await exportLetterDocx({ title: '答复', content: letter.document, fieldDefinitions: letter.fieldDefinitions, fields: letter.fields }),
  );
  const document = parseXml(await zip.file('word/document.xml')!.async('string'));
  return wDescendants(document, 'p')
    .filter((paragraph) => wDescendants(paragraph, 'pStyle').some((style) => wAttr(style, 'val') === 'DafuAttachment'))
    .map((paragraph) => {
      const indent = wChild(wChild(paragraph, 'pPr')!, 'ind')!;
      const left = Number(wAttr(indent, 'left'));
      const hanging = Number(wAttr(indent, 'hanging') ?? 0);
      const chars = (twips: number) => Math.round((twips / CHAR_PITCH_TWIPS) * 10) / 10;
      return {
        text: wDescendants(paragraph, 't')
          .map((t) => t.textContent)
          .join(''),
        firstLine: chars(left - hanging),
        wrapped: chars(left),
      };
    });
}

describe('附件说明 in the exported .docx (GB/T 9704 §7.3.4), placed as the print layout places it', () => {
  it('starts 「附件：」 two characters in, later items under 「1.」, and every wrapped line under the name’s first character', async () => {
    expect(await attachmentParagraphs(threeAttachmentLetter)).toEqual([
      { text: '附件：1.柳州市农贸市场食品安全检查情况统计表', firstLine: 2, wrapped: 6 },
      { text: '2.柳州市农贸市场快检室建设名单', firstLine: 5, wrapped: 6 },
      { text: '3.柳州市农贸市场食品安全快速检测室建设标准及验收办法（试行）', firstLine: 5, wrapped: 6 },
    ]);
  });

  it('puts the wrapped lines of a single unnumbered attachment under its name, right after 「附件：」', async () => {
    expect(await attachmentParagraphs(oneAttachmentLetter)).toEqual([{ text: '附件：柳州市2023年食品安全抽检计划', firstLine: 2, wrapped: 5 }]);
  });

  it('gives a two-digit number the room it takes', async () => {
    const tenth = threeAttachmentLetter.replace('2.柳州市农贸市场快检室建设名单', '10.柳州市农贸市场快检室建设名单');
    expect((await attachmentParagraphs(tenth))[1]).toMatchObject({ firstLine: 5, wrapped: 6.5 });
  });
});
