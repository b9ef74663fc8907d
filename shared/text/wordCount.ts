const CJK_OR_FULLWIDTH = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u3000-\u303F\u2018-\u201D\u2026\u2014\u00B7]|[\u{20000}-\u{3FFFF}]/u;

/**
 * 字数 as WPS and Word count it: every Chinese character and full-width mark counts one, and each
 * run of other non-space characters (an English word, a number such as 66.7) counts one.
 */
export function countWords(text: string): number {
  let count = 0;
  let inRun = false;
  for (const ch of text) {
    if (CJK_OR_FULLWIDTH.test(ch)) {
      count += 1;
      inRun = false;
    } else if (/\s/u.test(ch)) {
      inRun = false;
    } else if (!inRun) {
      count += 1;
      inRun = true;
    }
  }
  return count;
}
