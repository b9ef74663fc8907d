import type { Db } from '../../db/open';

/**
 * Links between cases and drafts that the foreign keys cannot see: a case's 正式答复 must be one of
 * its own drafts. Returns what is wrong, in Chinese; empty when every link holds.
 */
export function caseLinkProblems(db: Db): string[] {
  const rows = db
    .prepare('SELECT c.number, c.title FROM cases AS c JOIN drafts AS d ON d.id = c.answer_draft_id WHERE d.case_id IS NOT c.id ORDER BY c.number')
    .all() as { number: string; title: string }[];
  return rows.map((row) => `案件${row.number}号（${row.title}）的正式答复指向了不属于本件的草稿`);
}
