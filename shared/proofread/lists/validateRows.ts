import type { z } from 'zod';
import { buildPhraseIndex, findPhrases } from './phraseIndex';
import { ListRowSchema, type ListRow } from './listRow';

export interface RefusedRow {
  line: number;
  reason: string;
}

export interface ValidatedRows {
  rows: ListRow[];
  refused: RefusedRow[];
}

const FIELD_LABELS: Record<string, string> = {
  wrong: '错误写法',
  right: '正确写法',
  context: '判断依据',
  note: '说明',
  onlyAfter: '后面须是',
  notBefore: '前面不是',
  notAfter: '后面不是',
  unlessSentenceHas: '句中没有',
  suggestOnly: '仅提示',
  since: '起用年份',
  source: '出处',
  fires: '应提示的例句',
  passes: '不应提示的例句',
};

/** A clerk's reading of zod's first complaint about a row. */
function rowProblem(issue: z.core.$ZodIssue): string {
  if (issue.path.length === 0) return issue.code === 'unrecognized_keys' ? `有不认识的栏目：${issue.keys.join('、')}。` : '这一行不是一条词条。';
  const field = FIELD_LABELS[String(issue.path[0])] ?? String(issue.path[0]);
  if (issue.code === 'invalid_type') return `${field}：没有填或格式不对。`;
  if (issue.code === 'too_big') return `${field}：太长或太多（最多 ${String(issue.maximum)}）。`;
  if (issue.code === 'invalid_value') return `${field}：只能是 ${issue.values.map(String).join('、')}。`;
  return `${field}：${issue.message}`;
}

/** Why a row's own examples do not hold, or undefined when they do. */
export function examplesFail(row: ListRow): string | undefined {
  const index = buildPhraseIndex([row]);
  const silent = row.fires.find((sentence) => findPhrases(index, sentence).length === 0);
  if (silent !== undefined) return `例句“${silent}”里没有找到“${row.wrong}”，这一行不会生效。`;
  const wrongly = row.passes.find((sentence) => findPhrases(index, sentence).length > 0);
  if (wrongly !== undefined) return `例句“${wrongly}”不应提示，但这一行会把它标出来。`;
  return undefined;
}

/**
 * Checks rows read from a file or a sheet, one by one: a bad row (empty pair, a malformed line, a row
 * whose own examples fail, a wrong form listed twice) is refused with its line number, the others kept.
 */
export function validateRows(raw: readonly unknown[], firstLine: number): ValidatedRows {
  const rows: ListRow[] = [];
  const refused: RefusedRow[] = [];
  const seen = new Set<string>();
  raw.forEach((value, at) => {
    const line = firstLine + at;
    const parsed = ListRowSchema.safeParse(value);
    if (!parsed.success) {
      refused.push({ line, reason: rowProblem(parsed.error.issues[0]) });
      return;
    }
    const row = parsed.data;
    if (seen.has(row.wrong)) {
      refused.push({ line, reason: `“${row.wrong}”在前面已经列过。` });
      return;
    }
    const failure = examplesFail(row);
    if (failure !== undefined) {
      refused.push({ line, reason: failure });
      return;
    }
    seen.add(row.wrong);
    rows.push(row);
  });
  return { rows, refused };
}

export const describeRefused = (refused: readonly RefusedRow[]): string[] => refused.map(({ line, reason }) => `第 ${line} 行：${reason}`);
