import { z } from 'zod';
import { FieldDefinitionSchema, FieldValuesSchema } from '../fields/fieldDefinition';
import { LETTER_LIMITS, LetterDocumentSchema } from './document';
import { blockNames } from './placeName';

const count = (n: number) => n.toLocaleString('en-US');

/** How a refusal of a letter too big to store begins its reason; a text import can then offer to split it. */
export const TOO_BIG_FOR_ONE_LETTER = '超出了一封答复函能存的范围';

type Issue = z.core.$ZodIssue;

type RawContent = { blocks?: { role?: unknown }[] };

/** Where an issue inside `blocks` is, as placeNames says it (「第 3 段」, 「表 1 第 2 行」 in a table's cell); empty outside them. */
function placeOf(path: readonly PropertyKey[], content: RawContent): string {
  if (path[0] !== 'blocks' || typeof path[1] !== 'number' || !Array.isArray(content.blocks)) return '';
  const roles = content.blocks.map((block) => ({ role: block?.role === 'table' ? ('table' as const) : ('body' as const) }));
  const row = path[2] === 'table' && path[3] === 'rows' && typeof path[4] === 'number' ? ` 第 ${path[4] + 1} 行` : '';
  return `${blockNames(roles)[path[1]]}${row}`;
}

/** The value at `path` in content that failed its schema, if there is one. */
const valueAt = (content: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), content);

function describeContentIssue(issue: Issue, content: RawContent): string {
  const where = placeOf(issue.path, content);
  if (issue.code === 'too_big' && issue.path.length === 1 && issue.path[0] === 'blocks') {
    return `一封答复函最多 ${count(LETTER_LIMITS.blocks)} 段，这份有 ${count(content.blocks?.length ?? 0)} 段`;
  }
  if (issue.code === 'too_big' && issue.path.at(-1) === 'inlines') {
    const runs = valueAt(content, issue.path);
    return `一段最多 ${count(LETTER_LIMITS.inlinesPerBlock)} 处格式变化或字段，${where}有 ${count(Array.isArray(runs) ? runs.length : 0)} 处`;
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
      const text = describeContentIssue(issue, content as RawContent);
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
