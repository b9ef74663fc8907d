import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';
import { HEADING_LEVELS } from '../model/document';
import { ISSUED_STYLE_ID, ROLE_STYLE_IDS, TABLE_UNIT_STYLE_ID } from './dafuMarks';
import { TABLE_TEXT_STYLE_ID } from './docxTables';
import { CHAR, COLOPHON, CONDENSE, FONTS, LINE_PITCH, SIZE } from './gbLayout';

const font = (eastAsia: string) => ({ eastAsia, ascii: FONTS.latin, hAnsi: FONTS.latin, cs: FONTS.latin });
const indented = { indent: { firstLine: 2 * CHAR } };
const HEADING_FONTS = [FONTS.heading1, FONTS.heading2, FONTS.body, FONTS.body];
/** 版记 text is 4号 at its natural width: the 三号 grid's condensing is not for it. */
const colophonRun = { size: SIZE.colophon, characterSpacing: 0 };

/** Paragraph styles after GB/T 9704: 3号仿宋 with exact 28.95 pt lines; title 2号小标宋; headings 黑体/楷体/仿宋; 版记 4号. */
export function letterStyles(): IStylesOptions {
  const based = (id: string, name: string, paragraph: object, run: object = {}) => ({
    id,
    name,
    basedOn: 'Normal',
    next: ROLE_STYLE_IDS.body,
    quickFormat: true,
    paragraph,
    run,
  });
  return {
    default: {
      document: {
        run: { font: font(FONTS.body), size: SIZE.body, color: '000000', characterSpacing: CONDENSE },
        paragraph: { spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
      },
      title: {
        run: { font: font(FONTS.title), size: SIZE.title, bold: false, color: '000000', characterSpacing: 0, snapToGrid: false },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT, after: LINE_PITCH } },
      },
      ...Object.fromEntries(
        HEADING_LEVELS.map((level) => [
          `heading${level}`,
          {
            run: { font: font(HEADING_FONTS[level - 1]), size: SIZE.body, bold: false, italics: false, color: '000000' },
            paragraph: {
              ...indented,
              alignment: AlignmentType.BOTH,
              outlineLevel: level - 1,
              spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
            },
          },
        ]),
      ),
    },
    paragraphStyles: [
      // LibreOffice sizes the character grid from the Normal style itself, not from the document defaults.
      { id: 'Normal', name: 'Normal', quickFormat: true, run: { size: SIZE.body } },
      based(ROLE_STYLE_IDS.body, '答复函正文', { ...indented, alignment: AlignmentType.BOTH }),
      based(ROLE_STYLE_IDS.addressee, '答复函主送', { alignment: AlignmentType.LEFT }),
      based(ROLE_STYLE_IDS.closing, '答复函结束语', { ...indented, alignment: AlignmentType.BOTH }),
      // 附件说明: 「附件：」 左空二字, wrapped lines under the name (hanging by the three characters of 「附件：」).
      based(ROLE_STYLE_IDS.attachment, '答复函附件说明', { alignment: AlignmentType.LEFT, indent: { left: 5 * CHAR, hanging: 3 * CHAR } }),
      based(ROLE_STYLE_IDS.signature, '答复函署名', { alignment: AlignmentType.RIGHT, indent: { right: 4 * CHAR } }),
      based(ROLE_STYLE_IDS.date, '答复函成文日期', { alignment: AlignmentType.RIGHT, indent: { right: 4 * CHAR } }),
      based(ROLE_STYLE_IDS.note, '答复函附注', { ...indented, alignment: AlignmentType.LEFT }),
      based(
        ROLE_STYLE_IDS.cc,
        '答复函抄送',
        { alignment: AlignmentType.LEFT, indent: { left: COLOPHON.side + COLOPHON.hanging, hanging: COLOPHON.hanging, right: COLOPHON.side } },
        colophonRun,
      ),
      // Tables: the 表题 centred in 黑体, the unit line flush right, cells in 4号 with single lines.
      based(ROLE_STYLE_IDS.table, '答复函表题', { alignment: AlignmentType.CENTER, keepNext: true }, { font: font(FONTS.heading1) }),
      based(TABLE_UNIT_STYLE_ID, '答复函表格单位', { alignment: AlignmentType.RIGHT, keepNext: true }),
      based(
        TABLE_TEXT_STYLE_ID,
        '答复函表格文字',
        { spacing: { line: 240, lineRule: LineRuleType.AUTO }, indent: { firstLine: 0 } },
        { ...colophonRun, snapToGrid: false },
      ),
      based(ISSUED_STYLE_ID, '答复函印发', { alignment: AlignmentType.LEFT, indent: { left: COLOPHON.side, right: COLOPHON.side } }, colophonRun),
    ],
  };
}
