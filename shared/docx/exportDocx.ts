import {
  AlignmentType,
  Bookmark,
  Document,
  type FileChild,
  DocumentGridType,
  Footer,
  type IParagraphOptions,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from 'docx';
import { blockText, inlinesText, type Block, type Inline, type LetterDocument } from '../model/document';
import { tablePrintsTurned } from '../print/tableFit';
import { docxTable } from './docxTables';
import { unsnapDocxTables } from './tableGridSnap';
import type { FieldDefinition, FieldValues } from '../fields/fieldDefinition';
import { makeFieldRenderer } from '../fields/formatField';
import { ROLE_STYLE_IDS, fieldBookmarkName, fieldMetaProperties, headingStyleId } from './dafuMarks';
import type { PrintSettings } from '../print/settings';
import { attachmentIndent } from './attachmentIndent';
import { letterStyles } from './docxStyleSheet';
import { blankFooter, colophonTable, letterheadHeader } from './docxColophon';
import { documentHeaderDocx } from './docxDocumentHeader';
import { letterMarkParagraphs, markRuns, marksHeader, type MarkSettings } from './docxMarks';
import type { HeaderValues } from '../print/documentHeader';
import { DOC_NUMBER } from '../structure/lineKinds';
import { own } from '../lookup/own';
import { CHAR_SPACE, FONTS, FOOTER_DISTANCE, LETTERHEAD, LINE_PITCH, MARGIN, PAGE, SIZE, SMALL_CHAR, TURNED_FOOTER_DISTANCE, TURNED_MARGIN } from './gbLayout';

export interface LetterForExport {
  title: string;
  content: LetterDocument;
  fieldDefinitions: FieldDefinition[];
  fields: FieldValues;
}

export interface DocxLayout {
  /** 'letter' = 信函格式: red 版头 on page 1, no number there, 版记 without lines or 印发 line. */
  format: PrintSettings['format'];
  /** The 信函格式 版头 text (the bureau profile's); the 署名 stands in when it is empty. */
  letterHeader?: string;
  /** The 文件格式 版头 (ordinary format): marks, 发文机关标志, 发文字号, 签发人 and the red line on page 1. */
  documentHeader?: { settings: PrintSettings; values: HeaderValues };
  /** 份号, 密级和保密期限, 紧急程度 without the 文件格式 版头: page 1's header, under the 信函格式 line with the 发文字号. */
  marks?: MarkSettings;
}

/** A 修订稿's body (see exportTrackedDocx.ts): its paragraphs in order, each block's runs and revision marks, or undefined to write it as usual. */
export interface TrackedBody {
  blocks: Block[];
  paragraphs: ({ children: ParagraphChild[]; marks: Pick<IParagraphOptions, 'run' | 'revision'> } | undefined)[];
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

/** The body cut where it turns to a landscape table and back: later sections keep the first one's page numbers. */
function sectionRuns(body: readonly FileChild[], turned: ReadonlySet<FileChild>): { turned: boolean; children: FileChild[] }[] {
  const runs: { turned: boolean; children: FileChild[] }[] = [];
  for (const child of body) {
    const last = runs.at(-1);
    if (last && last.turned === turned.has(child)) last.children.push(child);
    else runs.push({ turned: turned.has(child), children: [child] });
  }
  return runs.length > 0 ? runs : [{ turned: false, children: [] }];
}

/**
 * The letter as a .docx laid out per GB/T 9704: A4, 37/35/28/26 mm margins, 22 lines of 28 characters,
 * 3号仿宋 body, 2号小标宋 title, heading styles, 「— N —」 page numbers right on odd pages and left on
 * even ones, the 版记 at the foot of the last page. Fields are written as their values, each inside a
 * bookmark so that import finds them again.
 */
export async function exportLetterDocx(letter: LetterForExport, layout: DocxLayout = { format: 'ordinary' }, tracked?: TrackedBody): Promise<Uint8Array> {
  const render = makeFieldRenderer(letter.fieldDefinitions, letter.fields);
  const occurrences = new Map<string, number>();
  const bodyBlocks = tracked?.blocks ?? letter.content.blocks;
  const titleIndex = bodyBlocks.findIndex((block) => block.role === 'title');
  const runsOf = (inlines: readonly Inline[]) =>
    inlines.flatMap((run): ParagraphChild[] => {
      if (run.t === 'text') return textRuns(run.text, run.bold === true);
      const occurrence = (occurrences.get(run.name) ?? 0) + 1;
      occurrences.set(run.name, occurrence);
      return [new Bookmark({ id: fieldBookmarkName(run.name, occurrence), children: textRuns(render(run.name), false) })];
    });
  const paragraph = (block: Block, index: number) => {
    const marks = tracked?.paragraphs[index]?.marks ?? {};
    const children = tracked?.paragraphs[index]?.children ?? runsOf(block.inlines);
    const style = block.role === 'heading' ? headingStyleId(block.level ?? 1) : ROLE_STYLE_IDS[block.role];
    const aboveTitle = block.role === 'note' && index < titleIndex;
    if (block.role === 'attachment') return new Paragraph({ style, children, ...marks, indent: attachmentIndent(blockText(block, render)) });
    return new Paragraph({ style, children, ...marks, ...(aboveTitle ? { alignment: AlignmentType.RIGHT, indent: { firstLine: 0 } } : {}) });
  };
  const { marks } = layout;
  const letterMarks = layout.format === 'letter' && marks !== undefined && markRuns(marks).length > 0;
  // The 文件格式 版头, and the 信函格式 marks' line, carry the 发文字号: its line above the title is not written twice.
  const numberLine = (block: Block, index: number) =>
    (layout.documentHeader !== undefined || letterMarks) &&
    block.role === 'note' &&
    index < titleIndex &&
    (block.inlines.some((run) => run.t === 'field' && run.name === 'docNumber') || DOC_NUMBER.test(blockText(block, render).trim()));
  const blocks = bodyBlocks.flatMap((block, index) => (numberLine(block, index) ? [] : [{ block, paragraph: paragraph(block, index) }]));
  const textOf = (role: Block['role']) => letter.content.blocks.filter((block) => block.role === role).map((block) => blockText(block, render));
  const signer = textOf('signature').at(-1) ?? '';
  const cc = blocks.filter(({ block }) => block.role === 'cc').map((entry) => entry.paragraph);
  const ordinary = layout.format === 'ordinary';
  const colophon = cc.length > 0 || ordinary ? colophonTable(cc, ordinary ? { by: signer, on: textOf('date').join('') } : undefined) : undefined;
  // A table printed turned (too wide for the 版心, or set so by hand) goes into a landscape section of its own.
  const turned = new Set<FileChild>();
  // The table floats to the foot of the page its next paragraph is on; it stands where the 抄送 stood, so import gives the same order.
  const body = blocks.flatMap(({ block, paragraph }, index): FileChild[] => {
    if (block.table) {
      const textOf = (inlines: readonly Inline[]) => inlinesText(inlines, render);
      const children = docxTable(block.table, block.inlines.length > 0 ? paragraph : undefined, runsOf, textOf);
      if (tablePrintsTurned(block.table, (cell) => textOf(cell.inlines))) children.forEach((child) => turned.add(child));
      return children;
    }
    if (block.role !== 'cc') return [paragraph];
    return colophon && blocks.findIndex((entry) => entry.block.role === 'cc') === index ? [colophon] : [];
  });
  if (colophon && !body.includes(colophon)) body.push(colophon);
  if (body.at(-1) === colophon) body.push(new Paragraph({}));
  const letterhead = layout.format === 'letter' ? layout.letterHeader?.trim() || signer : undefined;
  const documentHeader =
    letterhead === undefined && layout.documentHeader ? documentHeaderDocx(layout.documentHeader.settings, layout.documentHeader.values) : undefined;
  // As printed: the 发文字号 field, else the number line above the title.
  const numberText = own(letter.fields, 'docNumber')?.trim() || (bodyBlocks.filter(numberLine).map((block) => blockText(block, render).trim())[0] ?? '');
  const headMarks = letterMarks ? letterMarkParagraphs(marks, numberText) : [];
  const marksOnly = letterhead === undefined && !documentHeader && marks ? marksHeader(marks) : undefined;
  const firstHeader = letterhead !== undefined ? letterheadHeader(letterhead, headMarks) : (documentHeader ?? marksOnly);
  const document = new Document({
    title: letter.title,
    creator: '答复函起草助手',
    styles: letterStyles(),
    evenAndOddHeaderAndFooters: true,
    customProperties: fieldMetaProperties(letter.fieldDefinitions, letter.fields),
    ...(tracked ? { features: { trackRevisions: true } } : {}),
    sections: sectionRuns(body, turned).map((run, index) => {
      const grid = { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: CHAR_SPACE };
      if (run.turned) {
        const margin = { ...TURNED_MARGIN, header: TURNED_MARGIN.top / 2, footer: TURNED_FOOTER_DISTANCE, gutter: 0 };
        return { properties: { page: { size: { ...PAGE, orientation: PageOrientation.LANDSCAPE }, margin }, grid }, children: run.children };
      }
      if (index > 0)
        return {
          properties: { page: { size: PAGE, margin: { ...MARGIN, header: MARGIN.top / 2, footer: FOOTER_DISTANCE, gutter: 0 } }, grid },
          children: run.children,
        };
      return {
        properties: {
          page: {
            size: PAGE,
            margin: {
              ...MARGIN,
              header: letterhead !== undefined ? LETTERHEAD.nameTop : documentHeader || marksOnly ? MARGIN.top : MARGIN.top / 2,
              footer: FOOTER_DISTANCE,
              gutter: 0,
            },
          },
          grid,
          titlePage: firstHeader !== undefined,
        },
        ...(firstHeader !== undefined ? { headers: { first: firstHeader } } : {}),
        footers: {
          default: pageNumberFooter('right'),
          even: pageNumberFooter('left'),
          ...(letterhead !== undefined ? { first: blankFooter() } : firstHeader ? { first: pageNumberFooter('right') } : {}),
        },
        children: run.children,
      };
    }),
  });
  const bytes = new Uint8Array(await Packer.toArrayBuffer(document));
  return bodyBlocks.some((block) => block.table) ? unsnapDocxTables(bytes) : bytes;
}
