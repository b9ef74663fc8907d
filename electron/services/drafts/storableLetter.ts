import { ApiError } from '../../../shared/api/errors';
import { letterProblems, TOO_BIG_FOR_ONE_LETTER } from '../../../shared/model/letterProblems';

export interface StorableCheck {
  /** The letter as the clerk knows it, e.g. 「011号.txt」 or 这份答复函. */
  what: string;
  content: unknown;
  fields: unknown;
  definitions: unknown;
}

/**
 * Refuses, before anything is written, a letter that opening the draft would call damaged: too many
 * paragraphs, a paragraph too long, a field out of shape; the refusal names the limit.
 */
export function assertStorableLetter({ what, content, fields, definitions }: StorableCheck): void {
  const problems = letterProblems(content, fields, definitions);
  if (problems.length === 0) return;
  throw new ApiError(
    'invalid_input',
    `${what}${TOO_BIG_FOR_ONE_LETTER}，没有存入：${problems.join('；')}。请把它分成几份，或删去多余的内容后再导入。`,
    problems,
  );
}
