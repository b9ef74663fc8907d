import { Header, LineRuleType, Paragraph, TabStopType, TextRun } from 'docx';
import type { PrintSettings } from '../print/settings';
import { LETTER_MARK_GAP_PT } from '../print/documentHeader';
import { FONTS, LINE_PITCH, SIZE, SIZE_PT, TYPE_AREA } from './gbLayout';

export type MarkSettings = Pick<PrintSettings, 'copyNumber' | 'secrecy' | 'secrecyTerm' | 'urgency'>;

const font = (name: string) => ({ eastAsia: name, ascii: name, hAnsi: name });
const run = (text: string, face: string) => new TextRun({ text, font: font(face), size: SIZE.body });

/** 份号 (6 digits, 仿宋), 密级★保密期限 and 紧急程度 (黑体), in that order (§7.2.1–7.2.3). */
export function markRuns(settings: MarkSettings): TextRun[] {
  const runs: TextRun[] = [];
  if (settings.copyNumber !== '') runs.push(run(settings.copyNumber.padStart(6, '0'), FONTS.body));
  if (settings.secrecy !== 'none') runs.push(run(settings.secrecy + (settings.secrecyTerm === '' ? '' : `★${settings.secrecyTerm}`), FONTS.heading1));
  if (settings.urgency !== 'none') runs.push(run(settings.urgency, FONTS.heading1));
  return runs;
}

/** One grid line each, flush left; `after` is the space below the last one. */
export function markParagraphs(settings: MarkSettings, after = 0): Paragraph[] {
  const runs = markRuns(settings);
  return runs.map(
    (text, index) =>
      new Paragraph({
        spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: index === runs.length - 1 ? after : 0 },
        indent: { firstLine: 0 },
        children: [text],
      }),
  );
}

/**
 * The ordinary layout without the 文件格式 版头: the marks on the 版心's first lines as page 1's header
 * (its distance is the top margin), a blank line before the title. Undefined when there are none.
 */
export function marksHeader(settings: MarkSettings): Header | undefined {
  const marks = markParagraphs(settings, LINE_PITCH);
  return marks.length > 0 ? new Header({ children: marks }) : undefined;
}

/**
 * 信函格式 (§10.1): under the red double line, the marks flush left and the 发文字号 flush right on the
 * first mark's line, both 7/8 of a character's height below the line; the title a blank line below.
 * Each line is one character high so that the gap is the space before the first.
 */
export function letterMarkParagraphs(settings: MarkSettings, docNumber: string): Paragraph[] {
  const [first, ...rest] = markRuns(settings);
  if (first === undefined) return [];
  const number = docNumber.trim();
  const lines = [number === '' ? [first] : [first, run(`\t${number}`, FONTS.body)], ...rest.map((mark) => [mark])];
  const glyph = SIZE_PT.san * 20;
  // Exact line heights put their extra space above the text: one character high, each line's text starts at its top.
  return lines.map(
    (children, index) =>
      new Paragraph({
        indent: { firstLine: 0 },
        tabStops: index === 0 ? [{ type: TabStopType.RIGHT, position: TYPE_AREA.width }] : undefined,
        spacing: {
          line: glyph,
          lineRule: LineRuleType.EXACT,
          before: index === 0 ? Math.round(LETTER_MARK_GAP_PT * 20) : 0,
          after: LINE_PITCH - glyph + (index === lines.length - 1 ? LINE_PITCH : 0),
        },
        children,
      }),
  );
}
