import { describe, expect, it } from 'vitest';
import { makeTestContext } from '../../testing/testContext';
import { searchIndexProblems } from './searchCheck';
import { indexedForms, refreshIndexes } from './searchIndex';

/** A 政协 reply made from the built-in template, its fields filled in as a clerk fills the form. */
async function filledReply() {
  const test = makeTestContext();
  const { handlers } = test;
  const draft = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
  const fields = {
    ...draft.fields,
    proposalNumber: '011',
    proposalTitle: '关于加强老旧小区加装电梯的建议',
    proposer: '𠮷田伟',
    signedOn: '2023-05-26',
    docNumber: '柳建复〔2023〕12号',
    cc: '市政协提案委员会',
  };
  await test.handlers['drafts.save']({ draftId: draft.id, base: draft.base, content: draft.content, fields });
  const find = async (query: string) => (await handlers['search.query']({ query })).hits.filter((hit) => hit.id === draft.id);
  return { find, db: test.ctx.db };
}

describe('search finds what the letter shows', () => {
  it('finds the 成文日期 as printed, not as stored', async () => {
    const { find } = await filledReply();
    for (const query of ['2023年5月26日', '5月26日']) {
      const [hit] = await find(query);
      expect(hit.snippet.slice(hit.match!.start, hit.match!.end)).toBe(query);
    }
    expect(await find('2023-05-26')).toEqual([]);
  });

  it('finds 第011号 in every form a clerk writes it, highlighted as printed', async () => {
    const { find } = await filledReply();
    for (const query of ['第011号', '第11号', '第 11 号', '第０１１号']) {
      const [hit] = await find(query);
      expect(hit.snippet.slice(hit.match!.start, hit.match!.end)).toBe('第011号');
    }
  });

  it('finds a 文号 in every bracket form, and the proposer and 抄送 names', async () => {
    const { find } = await filledReply();
    for (const query of ['柳建复〔2023〕12号', '柳建复[2023]12号', '柳建复(2023)12号', '柳建复（2023）12号']) {
      const [hit] = await find(query);
      expect(hit.snippet.slice(hit.match!.start, hit.match!.end)).toBe('柳建复〔2023〕12号');
    }
    for (const query of ['𠮷田伟', '市政协提案委员会']) expect(await find(query)).toHaveLength(1);
  });

  it('keeps dafu check’s comparison of the index with the printed text true', async () => {
    const { db } = await filledReply();
    refreshIndexes(db);
    expect(searchIndexProblems(db)).toEqual([]);
    db.prepare("UPDATE search_docs SET body = replace(body, '2023年5月26日', '2023-05-26') WHERE type = 'draft'").run();
    expect(searchIndexProblems(db)).toEqual(['搜索用的文字中有 1 条与草稿或案件不一致或缺失', '搜索用的文字中有 1 条不属于任何草稿或案件']);
  });

  it('finds an index entry made from other text than its document, one character apart', async () => {
    const { db } = await filledReply();
    refreshIndexes(db);
    const doc = db.prepare("SELECT id, title, body FROM search_docs WHERE type = 'draft'").get() as { id: number; title: string; body: string };
    const forms = indexedForms(doc.title, doc.body.replace('加装电梯', '加装楼梯'));
    db.prepare('DELETE FROM search_trigrams WHERE rowid = ?').run(doc.id);
    db.prepare('INSERT INTO search_trigrams (rowid, title, body) VALUES (?, ?, ?)').run(doc.id, forms.title, forms.body);
    expect(searchIndexProblems(db)).toEqual(['三字以上的搜索索引中有 1 条与搜索用的文字不一致']);
  });
});
