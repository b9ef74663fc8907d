/** Characters as a clerk counts them: every code point except white space. */
export function countChars(text: string): number {
  let count = 0;
  for (const ch of text) if (!/\s/u.test(ch)) count += 1;
  return count;
}
