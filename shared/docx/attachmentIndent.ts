import { ATTACHMENT_CHARS, ATTACHMENT_LABEL, ATTACHMENT_NUMBER } from '../print/attachmentParts';
import { gridWidth } from '../text/pageEstimate';
import { CHAR } from './gbLayout';

/**
 * A 附件说明 paragraph's indent in twips, placed as the print layout places it: 「附件：」 左空二字,
 * a later item's number under 「1.」, and every wrapped line under the first character of the name.
 */
export function attachmentIndent(text: string): { left: number; hanging: number } {
  const label = ATTACHMENT_LABEL.exec(text)?.[0] ?? '';
  const number = ATTACHMENT_NUMBER.exec(text.slice(label.length))?.[0].trim() ?? '';
  const firstLine = ATTACHMENT_CHARS.lead + (label ? 0 : ATTACHMENT_CHARS.label);
  const name = ATTACHMENT_CHARS.lead + ATTACHMENT_CHARS.label + (number ? Math.max(ATTACHMENT_CHARS.number, gridWidth(number)) : 0);
  return { left: Math.round(name * CHAR), hanging: Math.round((name - firstLine) * CHAR) };
}
