import { describe, expect, it } from 'vitest';
import { knownNames, mergeEntries, parseWordListLines, WordListSchema } from './wordList';

describe('the word list', () => {
  it('reads a pasted list one name a line, short forms after a space or 、', () => {
    const pasted = '柳州市市场监督管理局 柳州市市场监管局、市市场监管局\r\n\n  市住房和城乡建设局  \n局\n柳州市市场监督管理局\t柳州市场监管局';
    expect(parseWordListLines(pasted, 'organisation')).toEqual([
      { name: '柳州市市场监督管理局', kind: 'organisation', aliases: ['柳州市市场监管局', '市市场监管局', '柳州市场监管局'] },
      { name: '市住房和城乡建设局', kind: 'organisation' },
    ]);
  });

  it('merges new entries into the list without duplicates', () => {
    const list = [{ name: '王晓燕', kind: 'person' as const }];
    expect(
      mergeEntries(list, [
        { name: '王晓燕', kind: 'term', aliases: ['小燕'] },
        { name: '螺蛳粉产业', kind: 'term' },
      ]),
    ).toEqual([
      { name: '王晓燕', kind: 'person', aliases: ['小燕'] },
      { name: '螺蛳粉产业', kind: 'term' },
    ]);
  });

  it('counts the bureau and the proposer as known names', () => {
    const profile = { fullName: '柳州市市场监督管理局', shortName: '柳州市市场监管局' };
    expect(knownNames([], profile, { proposer: '九三学社柳州市委员会' })).toEqual([
      { name: '柳州市市场监督管理局', kind: 'organisation', aliases: ['柳州市市场监管局'] },
      { name: '九三学社柳州市委员会', kind: 'organisation' },
    ]);
    expect(knownNames([], { fullName: '', shortName: '' }, { deputy: '王晓燕等5名代表' })).toEqual([{ name: '王晓燕', kind: 'person' }]);
    const listed = [{ name: '九三学社柳州市委员会', kind: 'organisation' as const }];
    expect(knownNames(listed, undefined, { proposer: '九三学社柳州市委会' })).toEqual(listed);
  });

  it('refuses names that are too short and lists that are too long', () => {
    expect(WordListSchema.safeParse([{ name: '局', kind: 'organisation' }]).success).toBe(false);
    expect(WordListSchema.safeParse([{ name: '柳州市财政局', kind: 'organisation', aliases: ['市财政局'] }]).success).toBe(true);
  });
});
