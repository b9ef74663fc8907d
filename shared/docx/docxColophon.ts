import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  LineRuleType,
  Paragraph,
  RelativeVerticalPosition,
  Table,
  TableAnchorType,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IBorderOptions,
} from 'docx';
import { LETTERHEAD_RED } from '../print/metrics';
import { ISSUED_STYLE_ID } from './dafuMarks';
import { COLOPHON, FONTS, LETTERHEAD, LINE_PITCH, MARGIN, SIZE, TYPE_AREA } from './gbLayout';

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const line = (size: number): IBorderOptions => ({ style: BorderStyle.SINGLE, size, color: '000000' });

export interface Issued {
  /** 印发机关, 1 character from the left. */
  by: string;
  /** 印发日期 as printed (「2023年5月26日」), 1 character from the right, followed by 印发. */
  on: string;
}

/**
 * The 版记 at the foot of the last page: a one-column table floated to the bottom edge of the 版心.
 * Ordinary layout: thick first and last lines, a thin line above the 印发 line. 信函格式: no lines and
 * no 印发 line. Import reads the 抄送 paragraphs back by their style and leaves the 印发 line out.
 */
export function colophonTable(cc: Paragraph[], issued: Issued | undefined): Table {
  const rows = [cc, issued ? [issuedParagraph(issued)] : []]
    .filter((children) => children.length > 0)
    .map((children) => new TableRow({ cantSplit: true, children: [new TableCell({ children, width: { size: TYPE_AREA.width, type: WidthType.DXA } })] }));
  const ruled = issued !== undefined;
  return new Table({
    rows,
    width: { size: TYPE_AREA.width, type: WidthType.DXA },
    columnWidths: [TYPE_AREA.width],
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    borders: {
      top: ruled ? line(COLOPHON.thickRule) : NONE,
      bottom: ruled ? line(COLOPHON.thickRule) : NONE,
      insideHorizontal: ruled ? line(COLOPHON.thinRule) : NONE,
      left: NONE,
      right: NONE,
      insideVertical: NONE,
    },
    // Placed from the page edge: LibreOffice keeps a margin-anchored table as wide as the 版心 in the text flow.
    float: {
      horizontalAnchor: TableAnchorType.PAGE,
      absoluteHorizontalPosition: MARGIN.left,
      verticalAnchor: TableAnchorType.MARGIN,
      relativeVerticalPosition: RelativeVerticalPosition.BOTTOM,
      topFromText: 0,
      bottomFromText: 0,
    },
  });
}

function issuedParagraph({ by, on }: Issued): Paragraph {
  return new Paragraph({
    style: ISSUED_STYLE_ID,
    tabStops: [{ type: TabStopType.RIGHT, position: TYPE_AREA.width - COLOPHON.side }],
    children: [new TextRun(by), new TextRun({ text: `\t${on}印发` })],
  });
}

/**
 * 信函格式 版头 on the first page only: the 发文机关 name in red 二号小标宋, its top 30 mm from the
 * top of the page, over a red double line (thick over thin) 4 mm below it and 170 mm long. Being a
 * header, it pushes the first page's text down and never comes back as letter text on import.
 * `marks` (see docxMarks.ts) stand under the line and carry the blank line before the title.
 */
export function letterheadHeader(name: string, marks: Paragraph[] = []): Header {
  const font = { eastAsia: FONTS.title, ascii: FONTS.title, hAnsi: FONTS.title };
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { left: -LETTERHEAD.overhang, right: -LETTERHEAD.overhang },
        spacing: { line: LETTERHEAD.nameLine, lineRule: LineRuleType.EXACT, before: 0, after: marks.length > 0 ? 0 : LINE_PITCH },
        border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: LETTERHEAD.ruleWidth, color: LETTERHEAD_RED, space: LETTERHEAD.ruleGapPt } },
        children: [new TextRun({ text: name, font, size: SIZE.title, color: LETTERHEAD_RED, characterSpacing: 0, snapToGrid: false })],
      }),
      ...marks,
    ],
  });
}

/** The first page of a 信函 carries no page number. */
export function blankFooter(): Footer {
  return new Footer({ children: [new Paragraph({})] });
}
