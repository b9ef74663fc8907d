import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE } from '../../../shared/profile/bureauProfile';
import { makeTestContext } from '../../testing/testContext';

const entries = [
  { name: '柳州市市场监督管理局', kind: 'organisation' as const, aliases: ['柳州市市场监管局'] },
  { name: '王晓燕', kind: 'person' as const },
];

describe('the word list service', () => {
  it('keeps one list in the database', async () => {
    const { handlers } = makeTestContext();
    expect(await handlers['wordList.get']({})).toEqual([]);
    await handlers['wordList.save']({ entries });
    expect(await handlers['wordList.get']({})).toEqual(entries);
  });

  it('travels in the 单位信息 file and joins the list already on the other PC', async () => {
    const office = makeTestContext();
    await office.handlers['profile.save']({ ...EMPTY_PROFILE, fullName: '柳州市市场监督管理局' });
    await office.handlers['wordList.save']({ entries });
    const { text } = await office.handlers['profile.export']({});

    const desk = makeTestContext();
    await desk.handlers['wordList.save']({ entries: [{ name: '市住房和城乡建设局', kind: 'organisation' }] });
    await desk.handlers['profile.import']({ text });
    expect(await desk.handlers['wordList.get']({})).toEqual([{ name: '市住房和城乡建设局', kind: 'organisation' }, ...entries]);
  });
});
