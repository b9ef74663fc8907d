import { AlignmentType, BorderStyle, Header, LineRuleType, Paragraph, TabStopType, TextRun } from 'docx';
import { DOCUMENT_HEADER_MM, DOCUMENT_NAME_PT, type HeaderValues } from '../print/documentHeader';
import { LETTERHEAD_RED, PT_PER_MM } from '../print/metrics';
import type { PrintSettings } from '../print/settings';
import { CHAR, FONTS, LINE_PITCH, SIZE, SIZE_PT, TYPE_AREA } from './gbLayout';
import { markParagraphs } from './docxMarks';

const TWIPS_PER_MM = 1440 / 25.4;
const font = (name: string) => ({ eastAsia: name, ascii: name, hAnsi: name });

/**
 * The 文件格式 版头 as page 1's header, which starts at the 版心's top (the header distance is the
 * top margin): the marks, the red 发文机关标志 with its top 35 mm down, the 发文字号 two lines below
 * it (a 上行文: 左空一字, and the 签发人 右空一字), the red separator line 4 mm under the number as its
 * paragraph's bottom border, and two blank lines before the title. Being a header, it pushes page 1's
 * text down and never comes back as letter text on import.
 */
export function documentHeaderDocx(settings: PrintSettings, values: HeaderValues): Header {
  const marks = markParagraphs(settings);
  const nameLine = DOCUMENT_NAME_PT * 20;
  const numberLine = SIZE_PT.san * 20;
  const upward = settings.upward;
  const signer = values.signer ?? '';
  return new Header({
    children: [
      ...marks,
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0 },
        spacing: {
          line: nameLine,
          lineRule: LineRuleType.EXACT,
          before: Math.round(DOCUMENT_HEADER_MM.nameTop * TWIPS_PER_MM) - marks.length * LINE_PITCH,
          after: 0,
        },
        children: [
          new TextRun({
            text: values.organ,
            font: font(FONTS.title),
            size: DOCUMENT_NAME_PT * 2,
            color: LETTERHEAD_RED,
            characterSpacing: 0,
            snapToGrid: false,
          }),
        ],
      }),
      new Paragraph({
        alignment: upward ? AlignmentType.LEFT : AlignmentType.CENTER,
        // Tabs, not indents, keep the 空一字 on each side: the border under the paragraph stays as wide as the 版心.
        indent: { firstLine: 0 },
        tabStops: upward
          ? [
              { type: TabStopType.LEFT, position: CHAR },
              { type: TabStopType.RIGHT, position: TYPE_AREA.width - CHAR },
            ]
          : undefined,
        spacing: { line: numberLine, lineRule: LineRuleType.EXACT, before: 2 * LINE_PITCH, after: 2 * LINE_PITCH },
        border: {
          bottom: {
            style: BorderStyle.SINGLE,
            size: Math.round(DOCUMENT_HEADER_MM.rule * PT_PER_MM * 8),
            color: LETTERHEAD_RED,
            space: Math.round(DOCUMENT_HEADER_MM.ruleGap * PT_PER_MM),
          },
        },
        children: [
          new TextRun({ text: `${upward ? '\t' : ''}${values.docNumber.trim()}`, font: font(FONTS.body), size: SIZE.body }),
          ...(upward
            ? [
                new TextRun({ text: '\t签发人：', font: font(FONTS.body), size: SIZE.body }),
                new TextRun({ text: signer, font: font(FONTS.heading2), size: SIZE.body }),
              ]
            : []),
        ],
      }),
    ],
  });
}
