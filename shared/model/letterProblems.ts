import { z } from 'zod';
import { FieldDefinitionSchema, FieldValuesSchema } from '../fields/fieldDefinition';
import { LETTER_LIMITS, LetterDocumentSchema } from './document';

const count = (n: number) => n.toLocaleString('en-US');

/** How a refusal of a letter too big to store begins its reason; a text import can then offer to split it. */
export const TOO_BIG_FOR_ONE_LETTER = '超出了一封答复函能存的范围';

type Issue = z.core.$ZodIssue;

/** Paragraph number (1-based) of an issue inside `blocks`, if it is in one. */
function paragraphOf(path: readonly PropertyKey[]): number | null {
  return path[0] === 'blocks' && typeof path[1] === 'number' ? path[1] + 1 : null;
}

function describeContentIssue(issue: Issue, content: { blocks?: { inlines?: { text?: string }[] }[] }): string {
  const paragraph = paragraphOf(issue.path);
  const where = paragraph === null ? '' : `第 ${count(paragraph)} 段`;
  if (issue.code === 'too_big' && issue.path.length === 1 && issue.path[0] === 'blocks') {
    return `一封答复函最多 ${count(LETTER_LIMITS.blocks)} 段，这份有 ${count(content.blocks?.length ?? 0)} 段`;
  }
  if (issue.code === 'too_big' && issue.path.at(-1) === 'inlines') {
    return `一段最多 ${count(LETTER_LIMITS.inlinesPerBlock)} 处格式变化或字段，${where}有 ${count(content.blocks?.[paragraph! - 1]?.inlines?.length ?? 0)} 处`;
  }
  if (issue.code === 'too_big' && issue.path.at(-1) === 'text') {
    return `一段文字最多 ${count(LETTER_LIMITS.textPerRun)} 字，${where}超过了`;
  }
  return `${where || '正文'}的格式不对（${issue.message}）`;
}

/**
 * Why a letter cannot be stored as a draft, in plain Chinese naming the limit it breaks: checked with
 * the same schemas that reading a draft uses, so nothing is stored that opening would call damaged.
 * Empty when it can be stored.
 */
export function letterProblems(content: unknown, fields: unknown, definitions: unknown): string[] {
  const problems: string[] = [];
  const letter = LetterDocumentSchema.safeParse(content);
  if (!letter.success) {
    const seen = new Set<string>();
    for (const issue of letter.error.issues) {
      const text = describeContentIssue(issue, content as { blocks?: { inlines?: { text?: string }[] }[] });
      if (!seen.has(text)) problems.push(text);
      seen.add(text);
      if (problems.length >= 3) break;
    }
  }
  const values = FieldValuesSchema.safeParse(fields);
  if (!values.success) {
    const issue = values.error.issues[0];
    const name = String(issue.path[0] ?? '');
    problems.push(issue.code === 'too_big' ? `字段「${name}」的内容最多 ${count(2_000)} 字` : `字段「${name}」的内容不对（${issue.message}）`);
  }
  const fieldList = z.array(FieldDefinitionSchema).safeParse(definitions);
  if (!fieldList.success) problems.push(`字段定义不对（${fieldList.error.issues[0].message}）`);
  return problems;
}
