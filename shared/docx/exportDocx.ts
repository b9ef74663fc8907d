import {
  AlignmentType,
  Bookmark,
  Document,
  DocumentGridType,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from 'docx';
import type { LetterDocument } from '../model/document';
import type { FieldDefinition, FieldValues } from '../fields/fieldDefinition';
import { makeFieldRenderer } from '../fields/formatField';
import { ROLE_STYLE_IDS, fieldBookmarkName, fieldMetaProperties, headingStyleId } from './dafuMarks';
import { letterStyles } from './docxStyleSheet';
import { CHAR_SPACE, FONTS, FOOTER_DISTANCE, LINE_PITCH, MARGIN, PAGE, SIZE, SMALL_CHAR } from './gbLayout';

export interface LetterForExport {
  title: string;
  content: LetterDocument;
  fieldDefinitions: FieldDefinition[];
  fields: FieldValues;
}

function textRuns(text: string, bold: boolean): TextRun[] {
  return text.split('\n').map((line, index) => new TextRun({ text: line, bold: bold || undefined, break: index > 0 ? 1 : undefined }));
}

function pageNumberFooter(alignment: 'left' | 'right'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: alignment === 'right' ? { right: SMALL_CHAR } : { left: SMALL_CHAR },
        spacing: { line: SIZE.pageNumber * 10, lineRule: 'exact' },
        children: [
          new TextRun({
            font: { eastAsia: FONTS.pageNumber, ascii: FONTS.pageNumber, hAnsi: FONTS.pageNumber },
            size: SIZE.pageNumber,
            children: ['— ', PageNumber.CURRENT, ' —'],
          }),
        ],
      }),
    ],
  });
}

/**
 * The letter as a .docx laid out per GB/T 9704: A4, 37/35/28/26 mm margins, 22 lines of 28 characters,
 * 3号仿宋 body, 2号小标宋 title, heading styles, 「— N —」 page numbers right on odd pages and left on
 * even ones. Fields are written as their values, each inside a bookmark so that import finds them again.
 */
export async function exportLetterDocx(letter: LetterForExport): Promise<Uint8Array> {
  const render = makeFieldRenderer(letter.fieldDefinitions, letter.fields);
  const occurrences = new Map<string, number>();
  const titleIndex = letter.content.blocks.findIndex((block) => block.role === 'title');
  const paragraphs = letter.content.blocks.map((block, index) => {
    const children = block.inlines.flatMap((run): ParagraphChild[] => {
      if (run.t === 'text') return textRuns(run.text, run.bold === true);
      const occurrence = (occurrences.get(run.name) ?? 0) + 1;
      occurrences.set(run.name, occurrence);
      return [new Bookmark({ id: fieldBookmarkName(run.name, occurrence), children: textRuns(render(run.name), false) })];
    });
    const style = block.role === 'heading' ? headingStyleId(block.level ?? 1) : ROLE_STYLE_IDS[block.role];
    const aboveTitle = block.role === 'note' && index < titleIndex;
    return new Paragraph({ style, children, ...(aboveTitle ? { alignment: AlignmentType.RIGHT, indent: { firstLine: 0 } } : {}) });
  });
  const document = new Document({
    title: letter.title,
    creator: '答复函起草助手',
    styles: letterStyles(),
    evenAndOddHeaderAndFooters: true,
    customProperties: fieldMetaProperties(letter.fieldDefinitions, letter.fields),
    sections: [
      {
        properties: {
          page: {
            size: PAGE,
            margin: { ...MARGIN, header: MARGIN.top / 2, footer: FOOTER_DISTANCE, gutter: 0 },
          },
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: CHAR_SPACE },
        },
        footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
        children: paragraphs,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
