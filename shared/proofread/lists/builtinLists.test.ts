// Every shipped row proves itself: its sentences that must be flagged are flagged, through the whole
// checker, at the phrase and with the right replacement; its sentences that must not be are left alone.
import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { proofread } from '../proofread';
import citations from '../data/citations.json';
import confusions from '../data/confusions.json';
import standardTerms from '../data/standardTerms.json';
import { BUILTIN_LISTS, dataFileLine } from './builtinLists';
import type { ListKind, ListRow } from './listRow';
import { describeRefused, validateRows } from './validateRows';

const RULE_OF: Record<ListKind, string> = { confusion: 'known-typo', standardTerm: 'standard-term' };
const DATA_FILES: Record<ListKind, readonly unknown[]> = { confusion: confusions, standardTerm: standardTerms };

declare global {
  interface ImportMeta {
    glob(pattern: string, options: { query: '?raw'; import: 'default'; eager: true }): Record<string, string>;
  }
}
const realLetters = import.meta.glob('../realCorpus/*.txt', { query: '?raw', import: 'default', eager: true });
const letterText = (source: string) => realLetters[source.replace('真实答复函：realCorpus/', '../realCorpus/')];

/**
 * 按(安)装 in a reproduced list names 按装 corrected to 安装: the bracket holds the right characters for
 * those just before it. A quote without brackets gives itself twice.
 */
function bracketReading(quote: string): { wrong: string; right: string } {
  let wrong = '';
  let right = '';
  for (const [, before = '', fix] of quote.matchAll(/([^(（)）]*)(?:[(（]([^)）]*)[)）])?/g)) {
    wrong += before;
    right += fix === undefined ? before : before.slice(0, before.length - fix.length) + fix;
  }
  return { wrong, right };
}

/**
 * Many stored reproductions are in traditional characters (訂單—定單): read in simplified ones, as the
 * list is written, a character at a time (converted as phrases, 籌畫 would become the 筹划 it is a variant of).
 */
const toSimplified = Converter({ from: 't', to: 'cn' });
const simplified = (quote: string) => [...quote].map((character) => toSimplified(character)).join('');

/**
 * The quote shows the pair as the page has it: both forms written out (含糊—含胡), bracketed either way
 * (按(安)装, or 改革开放(发) where the bracket holds the error), or, where the page states the rule
 * (「抉」不能写成「决」), at least the characters in which the two forms differ.
 */
function quoteShowsPair(quote: string, wrong: string, right: string): boolean {
  const text = simplified(quote);
  if (text.includes(wrong) && text.includes(right)) return true;
  const read = bracketReading(text);
  if ((read.wrong.includes(wrong) && read.right.includes(right)) || (read.right.includes(wrong) && read.wrong.includes(right))) return true;
  const [wrongCore, rightCore] = differingParts([...wrong], [...right]);
  return wrongCore.length > 0 && rightCore.length > 0 && text.includes(wrongCore.join('')) && text.includes(rightCore.join(''));
}

/** 张驰有度 and 张弛有度 differ in 驰 and 弛: what is left once the common start and end are dropped. */
function differingParts(wrong: string[], right: string[]): [string[], string[]] {
  let start = 0;
  while (start < wrong.length && start < right.length && wrong[start] === right[start]) start += 1;
  let end = 0;
  while (end < wrong.length - start && end < right.length - start && wrong[wrong.length - 1 - end] === right[right.length - 1 - end]) end += 1;
  return [wrong.slice(start, wrong.length - end), right.slice(start, right.length - end)];
}

describe.each(Object.keys(RULE_OF) as ListKind[])('the shipped %s list', (kind) => {
  const rows = BUILTIN_LISTS[kind];
  const rule = RULE_OF[kind];
  const findingsOf = (text: string) => proofread(text).filter((finding) => finding.rule === rule);

  it('holds rows that each pass their own examples, one wrong form a row', () => {
    const { refused } = validateRows(DATA_FILES[kind], dataFileLine(0));
    expect(describeRefused(refused)).toEqual([]);
  });

  it('flags every sentence a row says must be flagged, at the phrase, with its replacement', () => {
    for (const row of rows) {
      for (const sentence of row.fires) {
        const at = sentence.indexOf(row.wrong);
        const found = findingsOf(sentence).find((finding) => finding.start <= at && finding.end >= at + row.wrong.length);
        expect(found, `${row.wrong}：${sentence}`).toBeDefined();
        // A longer listed phrase around it (牵强傅会 around 傅会) brings its own replacement.
        if (found?.start === at && found.end === at + row.wrong.length) expect(found.fix, sentence).toBe(row.suggestOnly ? undefined : row.right);
      }
    }
  });

  it('leaves alone every sentence where the characters are right', () => {
    for (const row of rows) for (const sentence of row.passes) expect(findingsOf(sentence), sentence).toEqual([]);
  });
});

describe('the confusion list', () => {
  const rows = BUILTIN_LISTS.confusion;

  const sameRow = (a: { wrong: string; right: string; source: string }, b: typeof a) => a.wrong === b.wrong && a.right === b.right && a.source === b.source;
  const cited = (row: ListRow) => citations.some((entry) => sameRow(entry, row));
  const firesOnItsLetter = (row: ListRow) => {
    const text = letterText(row.source);
    return text !== undefined && proofread(text).some((finding) => finding.rule === 'known-typo' && text.slice(finding.start, finding.end) === row.wrong);
  };

  it('cites for every ledger entry a row of the list and the page where the pair was read', () => {
    for (const entry of citations) {
      const name = `${entry.wrong}：${entry.source}`;
      expect(
        rows.some((row) => sameRow(entry, row)),
        name,
      ).toBe(true);
      expect(entry.url, name).toMatch(/^https?:\/\/\S+$/);
      expect(quoteShowsPair(entry.quote, entry.wrong, entry.right), `${name}：${entry.quote}`).toBe(true);
    }
  });

  it('has at least 500 pairs whose published source was read or that fire on the real letter they name', () => {
    const unproven = rows.filter((row) => !cited(row) && !firesOnItsLetter(row));
    expect(rows.length - unproven.length, `未找到出处原文的词对：${unproven.map((row) => row.wrong).join('、')}`).toBeGreaterThanOrEqual(500);
  });

  it('decides 作 and 做 per phrase', () => {
    expect(findingsOf('认真作好汇报。')).toHaveLength(1);
    expect(findingsOf('各单位要作好准备。')).toEqual([]);
    function findingsOf(text: string) {
      return proofread(text).filter((finding) => finding.rule === 'known-typo');
    }
  });
});
