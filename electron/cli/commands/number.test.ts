import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE } from '../../../shared/profile/bureauProfile';
import { makeTestContext } from '../../testing/testContext';
import { runCli } from '../run';
import { fakeIo } from '../../testing/storeFixture';

const fileHash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const thisYear = new Date().getFullYear();

async function storeWithDrafts(docNumberSeries: string) {
  const file = join(mkdtempSync(join(tmpdir(), 'dafu-number-')), 'dafu.sqlite3');
  const { ctx, handlers } = makeTestContext(file);
  await handlers['profile.save']({ ...EMPTY_PROFILE, fullName: '柳州市市场监督管理局', docNumberSeries });
  const first = (await handlers['drafts.create']({ templateId: 'zhengxie-lead' })).id;
  const second = (await handlers['drafts.create']({ templateId: 'zhengxie-lead' })).id;
  ctx.db.close();
  return { file, first, second };
}

describe('dafu number', () => {
  it('takes consecutive numbers of the series, gives a draft its own number back, and lists the register', async () => {
    const { file, first, second } = await storeWithDrafts('柳市监函〔2023〕N号');
    const a = fakeIo();
    expect(await runCli(['number', 'take', first, '--db', file], a.io)).toBe(0);
    expect(a.out).toEqual([expect.stringMatching(new RegExp(`^已取号：柳市监函〔${thisYear}〕1号（草稿「`))]);
    const b = fakeIo();
    expect(await runCli(['number', 'take', second, '--json', '--db', file], b.io)).toBe(0);
    expect(JSON.parse(b.out.join(''))).toMatchObject({ text: `柳市监函〔${thisYear}〕2号`, number: 2, draftId: second, alreadyHeld: false });
    const again = fakeIo();
    expect(await runCli(['number', 'take', first, '--db', file], again.io)).toBe(0);
    expect(again.out).toEqual([expect.stringContaining(`这份草稿今年已取过号：柳市监函〔${thisYear}〕1号`)]);

    const listed = fakeIo();
    expect(await runCli(['number', 'list', '--json', '--db', file], listed.io)).toBe(0);
    expect((JSON.parse(listed.out.join('')) as { text: string; draftId: string }[]).map(({ text, draftId }) => [text, draftId])).toEqual([
      [`柳市监函〔${thisYear}〕2号`, second],
      [`柳市监函〔${thisYear}〕1号`, first],
    ]);
    const readable = fakeIo();
    expect(await runCli(['number', 'list', '--db', file], readable.io)).toBe(0);
    expect(readable.out).toHaveLength(2);
    expect(readable.out[1]).toMatch(new RegExp(`^柳市监函〔${thisYear}〕1号  「`));
    const earlier = fakeIo();
    expect(await runCli(['number', 'list', '--year', '2020', '--db', file], earlier.io)).toBe(0);
    expect(earlier.out).toEqual(['2020年的发文登记里还没有号。可用 dafu number take <草稿编号> 取号。']);
  });

  it('refuses an unknown draft or a missing series with exit 1 and a Chinese message, the database unchanged', async () => {
    const { file } = await storeWithDrafts('柳市监函〔2023〕N号');
    const before = fileHash(file);
    const unknown = fakeIo();
    expect(await runCli(['number', 'take', '5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d', '--db', file], unknown.io)).toBe(1);
    expect(unknown.out).toEqual([]);
    expect(unknown.err).toEqual([expect.stringMatching(/^dafu number: .*找不到这份草稿/)]);
    expect(fileHash(file)).toBe(before);

    const noSeries = await storeWithDrafts('');
    const beforeNoSeries = fileHash(noSeries.file);
    const refused = fakeIo();
    expect(await runCli(['number', 'take', noSeries.first, '--db', noSeries.file], refused.io)).toBe(1);
    expect(refused.err).toEqual([expect.stringMatching(/^dafu number: \p{Script=Han}/u)]);
    expect(fileHash(noSeries.file)).toBe(beforeNoSeries);
  });

  it('explains a wrong call in one line with exit 2', async () => {
    const missingSub = fakeIo();
    expect(await runCli(['number'], missingSub.io)).toBe(2);
    expect(missingSub.err).toEqual(['dafu number: 请给出子命令：take 或 list。']);
    const badId = fakeIo();
    expect(await runCli(['number', 'take', '123'], badId.io)).toBe(2);
    expect(badId.err[0]).toContain('“123”不是草稿编号');
    const noDb = fakeIo();
    expect(await runCli(['number', 'take', '5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d', '--db', join(tmpdir(), 'no-such-dir', 'x.sqlite3')], noDb.io)).toBe(2);
    expect(noDb.err[0]).toContain('找不到数据库文件');
    const badYear = fakeIo();
    expect(await runCli(['number', 'list', '--year', '26'], badYear.io)).toBe(2);
    expect(badYear.err[0]).toContain('--year 要写四位年份');
  });
});
