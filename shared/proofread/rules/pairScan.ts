/** Opening and closing marks at the same index belong together; （ and ( share a family so that a width slip is told apart from a missing mark. */
const OPENING = '《〈“‘（(〔【［';
const CLOSING = '》〉”’）)〕】］';
const FAMILY = [0, 1, 2, 3, 4, 4, 5, 6, 7];
/** Most characters are no mark: they are passed over by number, without reading each one as a string. */
const MARKS = new Set([...OPENING, ...CLOSING].map((mark) => mark.charCodeAt(0)));

export interface PairScan {
  matched: { open: number; close: number }[];
  unopened: number[];
  unclosed: number[];
}

let last: { text: string; scan: PairScan } | undefined;

/** One pass with a stack over the paragraph; every rule about paired marks reads this. */
export function scanPairs(text: string): PairScan {
  if (last?.text === text) return last.scan;
  const scan: PairScan = { matched: [], unopened: [], unclosed: [] };
  const stack: { index: number; family: number }[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (!MARKS.has(code)) continue;
    const opens = OPENING.indexOf(text[i]);
    if (opens !== -1) {
      stack.push({ index: i, family: FAMILY[opens] });
      continue;
    }
    const closes = CLOSING.indexOf(text[i]);
    const depth = stack.findLastIndex((entry) => entry.family === FAMILY[closes]);
    if (depth === -1) {
      scan.unopened.push(i);
      continue;
    }
    // Marks opened inside this pair and never closed are the ones left unclosed.
    scan.unclosed.push(...stack.splice(depth + 1).map((entry) => entry.index));
    scan.matched.push({ open: stack.pop()!.index, close: i });
  }
  scan.unclosed.push(...stack.map((entry) => entry.index));
  scan.unclosed.sort((a, b) => a - b);
  last = { text, scan };
  return scan;
}

export const closerOf = (open: string): string => CLOSING[OPENING.indexOf(open)];
export const openerOf = (close: string): string => OPENING[CLOSING.indexOf(close)];
