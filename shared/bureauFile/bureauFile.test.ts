import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE } from '../profile/bureauProfile';
import { bureauFileText, readBureauFile, type BureauFile } from './bureauFile';

const profile = { ...EMPTY_PROFILE, fullName: '柳州市市场监督管理局', shortName: '柳州市市场监管局' };
const pair = {
  wrong: '柳州市工商局',
  right: '柳州市市场监督管理局',
  context: '词语' as const,
  source: '本单位',
  fires: ['请柳州市工商局协助。'],
  passes: ['请柳州市市场监督管理局协助。'],
};
const file: BureauFile = {
  profile,
  wordList: [{ name: '柳州市财政局', kind: 'organisation' }],
  lists: { confusion: [], standardTerm: [pair] },
  disabledRules: ['doubled-word'],
};

describe('the 单位信息 file, version 2', () => {
  it('carries the profile, the 词表, the bureau’s list rows and the rules it switched off', () => {
    expect(readBureauFile(bureauFileText(file))).toEqual({ ...file, refused: [] });
  });

  it('still reads a version 1 file as the older app wrote it', () => {
    const older = JSON.stringify({ format: 'dafu-bureau-profile', version: 1, profile, wordList: file.wordList });
    expect(readBureauFile(older)).toEqual({ profile, wordList: file.wordList, lists: { confusion: [], standardTerm: [] }, disabledRules: [], refused: [] });
  });

  it('asks for an upgrade, not a new file, when the file comes from a newer version', () => {
    const newer = JSON.stringify({ format: 'dafu-bureau-profile', version: 3, profile, somethingNew: [] });
    expect(readBureauFile(newer)).toMatch(/较新版本.*请先升级本软件/);
    expect(readBureauFile(newer)).not.toMatch(/损坏/);
  });

  it('leaves out a bad row with its number and keeps the rest', () => {
    const text = JSON.stringify({
      format: 'dafu-bureau-profile',
      version: 2,
      profile,
      lists: { confusion: [pair, { ...pair, wrong: '按装', fires: ['小区安装了路灯。'] }, { ...pair, right: '' }], standardTerm: [] },
    });
    const read = readBureauFile(text);
    expect(typeof read === 'string' ? read : read.lists.confusion.map((row) => row.wrong)).toEqual(['柳州市工商局']);
    expect(typeof read === 'string' ? read : read.refused).toEqual([
      '易混淆词第 2 条：例句“小区安装了路灯。”里没有找到“按装”，这一行不会生效。',
      '易混淆词第 3 条：正确写法：不能为空。',
    ]);
  });

  it('refuses what is not a 单位信息 file', () => {
    expect(readBureauFile('not json')).toMatch(/不是单位信息文件/);
    expect(readBureauFile('{"format":"other"}')).toMatch(/不是本软件导出/);
  });
});
