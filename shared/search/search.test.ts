import { describe, expect, it } from 'vitest';
import { isGramQuery, shortGrams } from './shortGrams';
import { makeSnippet } from './snippet';

describe('short-query grams', () => {
  it('lists each character and adjacent pair once, breaking at punctuation', () => {
    expect(shortGrams('提案，提案A')).toBe('提 案 提案 a 案a');
    expect(shortGrams('')).toBe('');
  });

  it('answers one or two letters or digits from the gram index, nothing else', () => {
    expect(isGramQuery('会')).toBe(true);
    expect(isGramQuery('会议')).toBe(true);
    expect(isGramQuery('𠮷')).toBe(true);
    expect(isGramQuery('会议室')).toBe(false);
    expect(isGramQuery('，会')).toBe(false);
    expect(isGramQuery('')).toBe(false);
  });
});

describe('snippets', () => {
  it('cuts context around the match and marks where it is', () => {
    const body = `${'甲'.repeat(50)}提案${'乙'.repeat(50)}`;
    const snippet = makeSnippet(body, '提案', 5);
    expect(snippet.text).toBe('…甲甲甲甲甲提案乙乙乙乙乙…');
    expect(snippet.text.slice(snippet.match!.start, snippet.match!.end)).toBe('提案');
    expect(makeSnippet('短文\n第二行', '二', 5)).toEqual({ text: '短文 第二行', match: { start: 4, end: 5 } });
    expect(makeSnippet('正文', '没有')).toEqual({ text: '正文', match: null });
  });

  it('does not split a character outside the BMP', () => {
    const body = `𠮷${'甲'.repeat(3)}提案`;
    const snippet = makeSnippet(body, '提案', 4);
    expect(snippet.text.startsWith('…')).toBe(false);
    expect(snippet.text).toContain('𠮷');
  });
});

describe('snippets in the folded forms', () => {
  it('highlights the printed 第011号 and 〔2023〕 for the form typed, outside the BMP too', () => {
    const body = `${'甲'.repeat(40)}𠮷田伟：柳建复〔2023〕12号，第０１１号提案${'乙'.repeat(40)}`;
    for (const [query, printed] of [
      ['第 11 号', '第０１１号'],
      ['柳建复[2023]12号', '柳建复〔2023〕12号'],
      ['𠮷田伟', '𠮷田伟'],
    ]) {
      const snippet = makeSnippet(body, query, 5);
      expect(snippet.text.slice(snippet.match!.start, snippet.match!.end)).toBe(printed);
    }
  });
});
