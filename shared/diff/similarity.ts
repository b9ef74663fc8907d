/**
 * Paragraph likeness by shared character bigrams (Dice coefficient), the measure that aligned
 * paragraphs well in the baseline measurements. Bigrams are kept as sorted unique numbers so that
 * two paragraphs compare in one linear merge.
 */
export function bigramKeys(text: string): Float64Array {
  const codes = Array.from(text, (ch) => ch.codePointAt(0) ?? 0);
  const keys = new Float64Array(Math.max(0, codes.length - 1));
  for (let i = 1; i < codes.length; i += 1) keys[i - 1] = codes[i - 1] * 0x110000 + codes[i];
  keys.sort();
  let unique = 0;
  for (let i = 0; i < keys.length; i += 1) if (i === 0 || keys[i] !== keys[i - 1]) keys[unique++] = keys[i];
  return keys.subarray(0, unique);
}

export function dice(a: Float64Array, b: Float64Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (a[i] < b[j]) i += 1;
    else j += 1;
  }
  return (2 * shared) / (a.length + b.length);
}

/** Two paragraphs count as "the same paragraph, edited" at or above this likeness. */
export const SAME_PARAGRAPH = 0.5;

/** Whether two paragraphs could reach SAME_PARAGRAPH at all, judged by size alone. */
export function sizesCompatible(a: Float64Array, b: Float64Array): boolean {
  const small = Math.min(a.length, b.length);
  return (2 * small) / (a.length + b.length) >= SAME_PARAGRAPH;
}
