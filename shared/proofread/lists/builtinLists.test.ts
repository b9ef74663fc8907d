// Every shipped row proves itself: its sentences that must be flagged are flagged, through the whole
// checker, at the phrase and with the right replacement; its sentences that must not be are left alone.
import { describe, expect, it } from 'vitest';
import { proofread } from '../proofread';
import confusions from '../data/confusions.json';
import standardTerms from '../data/standardTerms.json';
import { BUILTIN_LISTS, dataFileLine } from './builtinLists';
import type { ListKind } from './listRow';
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

/** Published lists a confusion pair may name; any other pair must fire on the real letter it names. */
const PUBLISHED = ['《第一批异形词整理表》（GF 1001-2001）', '《咬文嚼字》编辑部：当代汉语出版物中最常见的100个别字', '《现代汉语词典》第7版'];

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

  it('has at least 500 pairs, each from a published list or found in the real letter it names', () => {
    const supported = rows.filter((row) => {
      if (PUBLISHED.includes(row.source)) return true;
      const text = letterText(row.source);
      return text !== undefined && proofread(text).some((finding) => finding.rule === 'known-typo' && text.slice(finding.start, finding.end) === row.wrong);
    });
    expect(rows.filter((row) => !supported.includes(row)).map((row) => `${row.wrong}：${row.source}`)).toEqual([]);
    expect(supported.length).toBeGreaterThanOrEqual(500);
  });

  it('decides 作 and 做 per phrase', () => {
    expect(findingsOf('认真作好汇报。')).toHaveLength(1);
    expect(findingsOf('各单位要作好准备。')).toEqual([]);
    function findingsOf(text: string) {
      return proofread(text).filter((finding) => finding.rule === 'known-typo');
    }
  });
});
