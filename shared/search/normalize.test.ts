import { describe, expect, it } from 'vitest';
import { findFolded, foldForSearch, rawForms, searchForm } from './normalize';

describe('the forms clerks write interchangeably fold into one', () => {
  it('reads 第11号, 第011号 and 第 11 号 alike', () => {
    expect(searchForm('第011号')).toBe('第11号');
    expect(searchForm('第 11 号')).toBe('第11号');
    expect(searchForm('第０１１号')).toBe('第11号');
    expect(searchForm('第10号')).toBe('第10号');
    expect(searchForm('第0号')).toBe('第0号');
  });

  it('reads the brackets of a 文号 alike', () => {
    const forms = ['市教复〔2023〕12号', '市教复[2023]12号', '市教复(2023)12号', '市教复（2023）12号', '市教复［2023］12号'];
    expect(new Set(forms.map(searchForm))).toEqual(new Set(['市教复(2023)12号']));
  });

  it('reads full-width digits and letters as half-width, and letters in either case', () => {
    expect(searchForm('ＡＢＣ１２３')).toBe('abc123');
    expect(searchForm('Dafu ＰＤＦ')).toBe('dafu pdf');
  });

  it('reads 一〇, 一○ and 一零 alike', () => {
    expect(searchForm('二〇二三年')).toBe(searchForm('二零二三年'));
    expect(searchForm('一○')).toBe('一零');
  });

  it('keeps line breaks, decimals and numbers inside a longer number', () => {
    expect(searchForm('第一段\n第二段')).toBe('第一段\n第二段');
    expect(searchForm('0.05')).toBe('0.05');
    expect(searchForm('2010')).toBe('2010');
    expect(searchForm('hello   world')).toBe('hello world');
  });
});

describe('a match in the folded text is found in the original', () => {
  it('maps a match back to the characters as printed', () => {
    const text = '对市政协十三届一次会议第011号提案的答复';
    const found = findFolded(text, '第 11 号')!;
    expect(text.slice(found.start, found.end)).toBe('第011号');
    const docNumber = '文号：市教复〔2023〕12号';
    const bracket = findFolded(docNumber, '[2023]')!;
    expect(docNumber.slice(bracket.start, bracket.end)).toBe('〔2023〕');
  });

  it('counts characters outside the BMP as the original has them', () => {
    const text = '提案者：𠮷田𡈽 第０１１号';
    expect(foldForSearch(text).text).toBe('提案者:𠮷田𡈽第11号');
    const found = findFolded(text, '第11号')!;
    expect(text.slice(found.start, found.end)).toBe('第０１１号');
    const name = findFolded(text, '𠮷田𡈽')!;
    expect(text.slice(name.start, name.end)).toBe('𠮷田𡈽');
  });

  it('finds nothing for an empty query or a stored form that is not in the text', () => {
    expect(findFolded('2023年5月26日', '')).toBeNull();
    expect(findFolded('2023年5月26日', '2023-05-26')).toBeNull();
    expect(findFolded('2023年5月26日', '5月26日')).toEqual({ start: 5, end: 10 });
  });
});

describe('the raw forms a short query may take in the stored text', () => {
  it('lists every bracket, width and case that folds to the query, and gives up past the limit', () => {
    expect(new Set(rawForms('、'))).toEqual(new Set(['、']));
    const forms = rawForms('(1')!;
    for (const form of ['（1', '〔1', '[1', '(１', '【1']) expect(forms).toContain(form);
    expect(forms.every((form) => searchForm(form) === '(1')).toBe(true);
    expect(rawForms('a')).toEqual(expect.arrayContaining(['a', 'A', 'ａ', 'Ａ']));
    expect(rawForms('(((')).toBeNull();
  });
});
