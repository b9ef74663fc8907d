import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE } from '../../../shared/profile/bureauProfile';
import { makeTestContext } from '../../testing/testContext';

async function withSeries(test: ReturnType<typeof makeTestContext>, docNumberSeries = '柳市监函〔2023〕N号') {
  await test.handlers['profile.save']({ ...EMPTY_PROFILE, fullName: '柳州市市场监督管理局', docNumberSeries });
  return test;
}

const newDraft = async (test: ReturnType<typeof makeTestContext>) => (await test.handlers['drafts.create']({ templateId: 'zhengxie-lead' })).id;

describe('发文字号 from the bureau series', () => {
  it('hands out consecutive numbers of this year, and a draft that asks again gets its own number back', async () => {
    const test = await withSeries(makeTestContext());
    const [first, second] = [await newDraft(test), await newDraft(test)];
    const a = await test.handlers['docNumbers.take']({ draftId: first });
    const b = await test.handlers['docNumbers.take']({ draftId: second });
    expect([a.text, b.text]).toEqual(['柳市监函〔2026〕1号', '柳市监函〔2026〕2号']);
    expect(b).toMatchObject({ draftId: second, issuedBy: '王晶', alreadyHeld: false, voided: null });
    expect(await test.handlers['docNumbers.take']({ draftId: first })).toMatchObject({ text: '柳市监函〔2026〕1号', alreadyHeld: true });
    expect((await test.handlers['docNumbers.list']({})).map((record) => record.number)).toEqual([2, 1]);
  });

  it('keeps a voided number on record with its reason and never hands it out again', async () => {
    const test = await withSeries(makeTestContext());
    const draftId = await newDraft(test);
    const taken = await test.handlers['docNumbers.take']({ draftId });
    test.advance(60_000);
    const voided = await test.handlers['docNumbers.void']({ id: taken.id, reason: '发文取消' });
    expect(voided.voided).toEqual({ at: '2026-05-26T02:01:00.000Z', by: '王晶', reason: '发文取消' });
    await expect(Promise.resolve().then(() => test.handlers['docNumbers.void']({ id: taken.id, reason: '再来一次' }))).rejects.toThrow(/已于 2026-05-26 作废/);
    expect((await test.handlers['docNumbers.take']({ draftId })).text).toBe('柳市监函〔2026〕2号');
    expect((await test.handlers['docNumbers.list']({})).map((record) => [record.number, record.voided?.reason ?? null])).toEqual([
      [2, null],
      [1, '发文取消'],
    ]);
  });

  it('starts again at 1 in a new year, and lists each year apart', async () => {
    const test = await withSeries(makeTestContext(), '柳市监函〔{年}〕{号}号');
    await test.handlers['docNumbers.take']({ draftId: await newDraft(test) });
    test.advance(240 * 24 * 3600_000);
    expect((await test.handlers['docNumbers.take']({ draftId: await newDraft(test) })).text).toBe('柳市监函〔2027〕1号');
    expect((await test.handlers['docNumbers.list']({ year: 2026 })).map((record) => record.text)).toEqual(['柳市监函〔2026〕1号']);
  });

  it('never gives one number to two windows on the same store', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dafu-docnumbers-')), 'dafu.sqlite3');
    const one = await withSeries(makeTestContext(file));
    const other = makeTestContext(file);
    const drafts = [await newDraft(one), await newDraft(other), await newDraft(one), await newDraft(other)];
    const texts = await Promise.all(drafts.map((draftId, index) => (index % 2 === 0 ? one : other).handlers['docNumbers.take']({ draftId })));
    expect(texts.map((record) => record.number)).toEqual([1, 2, 3, 4]);
  });

  it('tells the clerk to set the series first, and refuses a draft that is gone', async () => {
    const test = makeTestContext();
    const draftId = await newDraft(test);
    await expect(Promise.resolve().then(() => test.handlers['docNumbers.take']({ draftId }))).rejects.toThrow(/还没有设置发文字号格式/);
    await withSeries(test);
    await test.handlers['drafts.delete']({ draftId });
    await expect(Promise.resolve().then(() => test.handlers['docNumbers.take']({ draftId }))).rejects.toThrow(/找不到这份草稿/);
    expect(await test.handlers['docNumbers.list']({})).toEqual([]);
  });
});
