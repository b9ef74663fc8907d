import { describe, expect, it } from 'vitest';
import type { LetterDocument } from '../../../shared/model/document';
import { editDocx } from '../../../shared/docx/fixtures/docxTestKit';
import { acceptChange, insertAs } from '../../../shared/docx/fixtures/wpsReview';
import { DRAFTER, reviewPc } from '../../testing/reviewTestKit';
import { setCurrentUser } from '../review/users';
import { assembleMerge, planMerge, suggestedPicks, unsettled } from '../../../shared/review/mergeAssembly';
import { applySuggestions } from '../../../shared/review/suggestionChoice';

const LETTER = ['关于加强城市绿化建设的答复', '市政协：', '我局高度重视您提出的建议，认真进行了研究。', '专此答复。'].join('\n');
const replaced = (content: LetterDocument, from: string, to: string): LetterDocument => JSON.parse(JSON.stringify(content).replace(from, to)) as LetterDocument;
const bodyText = (content: LetterDocument) => content.blocks.map((block) => block.inlines.map((run) => (run.t === 'text' ? run.text : '')).join('')).join('\n');

/** 王晶's draft, edited by 李科长 and 张主任; sent as a 修订稿 against 王晶's first version, reviewed by 刘局长 in WPS. */
async function reviewedInWps() {
  const pc = reviewPc();
  const { handlers, ctx } = pc;
  pc.as(DRAFTER);
  const draft = await handlers['drafts.import']({ fileName: '答复.txt', text: LETTER });
  const first = await handlers['revisions.checkpoint']({ draftId: draft.id });
  for (const [author, from, to] of [
    ['李科长', '高度', '非常'],
    ['张主任', '进行', '组织'],
  ]) {
    setCurrentUser(ctx.db, { name: author, unit: '综合科', role: 'reviewer' });
    pc.advance(3_600_000);
    const current = await handlers['drafts.get']({ draftId: draft.id });
    await handlers['drafts.save']({ draftId: draft.id, base: current.base, content: replaced(current.content, from, to), fields: current.fields });
    await handlers['revisions.checkpoint']({ draftId: draft.id });
  }
  pc.as(DRAFTER);
  const sent = await handlers['drafts.exportTrackedDocx']({ draftId: draft.id, against: first.id });
  const returned = await editDocx(Buffer.from(sent.data, 'base64'), [
    acceptChange('高度'),
    acceptChange('非常'),
    insertAs('刘局长', '专此答复。', '请予支持。', 900),
  ]);
  return { pc, draftId: draft.id, returned: Buffer.from(returned).toString('base64') };
}

describe('导入修改稿 with 修订: the changes wait as suggestions on a parallel line', () => {
  it('leaves the draft’s text alone and keeps the file as a line: the original, then each reviewer’s 修订 under their name', async () => {
    const { pc, draftId, returned } = await reviewedInWps();
    const { handlers } = pc;
    const before = await handlers['drafts.get']({ draftId });
    const imported = await handlers['revisions.importDocx']({ draftId, fileName: '修订稿（刘局长）.docx', data: returned });
    expect(imported.warnings[0]).toBe(
      '文件里的修订（张主任、刘局长）没有直接改动正文，已作为「待合并」的修改建议放在一旁：请在「待合并」中逐处核对，接受或不接受。',
    );
    const after = await handlers['drafts.get']({ draftId });
    expect(after.content).toEqual(before.content);
    expect(after.base).toEqual(before.base);

    const line = (await handlers['revisions.list']({ draftId })).slice(-3);
    expect(line.map((revision) => [revision.kind, revision.author, revision.note])).toEqual([
      ['import', '王晶', '「修订稿（刘局长）.docx」修订前的原稿（全部修订不接受）'],
      ['import', '张主任', '「修订稿（刘局长）.docx」中张主任的修订'],
      ['import', '刘局长', '「修订稿（刘局长）.docx」中刘局长的修订'],
    ]);
    const texts = await Promise.all(line.map(async (revision) => bodyText((await handlers['revisions.get']({ revisionId: revision.id })).content)));
    // 李科长's change was accepted in WPS, so it is in the original; 张主任's and 刘局长's wait
    expect(texts[0]).toContain('我局非常重视您提出的建议，认真进行了研究。');
    expect(texts[1]).toContain('认真组织了研究。');
    expect(texts[1]).not.toContain('请予支持。');
    expect(texts[2]).toContain('专此答复。请予支持。');
    expect((await handlers['review.status']({ draftId })).pendingMerges.map((revision) => revision.id)).toEqual([line[2].id]);

    // exactly what is still pending, each with its author: 李科长's change was settled in WPS
    const { original, suggestions } = await handlers['revisions.suggestions']({ draftId, revisionId: line[2].id });
    expect(original).toBe(line[0].id);
    expect(suggestions.map(({ kind, before, after, author }) => `${kind} ${before}→${after} ${author}`)).toEqual([
      'replace 进行→组织 张主任',
      'insert →请予支持。 刘局长',
    ]);
  });

  it('asks the clerk to settle the suggestions before 提交审核, and a merge settles them while the line stays in the history', async () => {
    const { pc, draftId, returned } = await reviewedInWps();
    const { handlers } = pc;
    await handlers['revisions.importDocx']({ draftId, fileName: '修订稿.docx', data: returned });
    await expect((async () => handlers['review.transition']({ draftId, action: 'submit' }))()).rejects.toThrow(
      '从 Word 文档导入的修订还没有处理完。请先在「待合并」中逐处接受或不接受，再提交审核。',
    );
    const [pending] = (await handlers['review.status']({ draftId })).pendingMerges;
    const sources = await handlers['review.mergeSources']({ draftId, revisionId: pending.id });
    await handlers['review.merge']({ draftId, revisionId: pending.id, ...sources.imported, localBase: sources.local.base });
    expect(bodyText((await handlers['drafts.get']({ draftId })).content)).toContain('专此答复。请予支持。');
    const status = await handlers['review.transition']({ draftId, action: 'submit' });
    expect(status.state).toBe('submitted');
    const kinds = (await handlers['revisions.list']({ draftId })).map((revision) => revision.kind);
    expect(kinds.filter((kind) => kind === 'import')).toHaveLength(4);
    expect(kinds).toContain('merge');
  });

  it('takes the suggestions the clerk accepts, one by one, and leaves the rejected ones in the history', async () => {
    const { pc, draftId, returned } = await reviewedInWps();
    const { handlers } = pc;
    await handlers['revisions.importDocx']({ draftId, fileName: '修订稿.docx', data: returned });
    const [pending] = (await handlers['review.status']({ draftId })).pendingMerges;
    const { original, suggestions } = await handlers['revisions.suggestions']({ draftId, revisionId: pending.id });
    const sources = await handlers['review.mergeSources']({ draftId, revisionId: pending.id });
    const start = await handlers['revisions.get']({ revisionId: original! });
    const definitions = start.fieldDefinitions;
    // accept 张主任's 进行→组织, reject 刘局长's 请予支持。; then merged with the draft's line as 逐段合并 does
    const accepted = new Set(suggestions.flatMap((suggestion, index) => (suggestion.author === '张主任' ? [index] : [])));
    const chosen = applySuggestions({ ...start, definitions }, { ...sources.imported, definitions }, accepted);
    const plan = planMerge(sources.local, chosen, definitions, start);
    const picks = suggestedPicks(plan);
    expect(unsettled(plan, picks.rows, picks.fields)).toBe(0);
    const merged = assembleMerge(plan, picks.rows, picks.fields, sources.local, chosen, definitions);
    await handlers['review.merge']({ draftId, revisionId: pending.id, ...merged, localBase: sources.local.base });

    const text = bodyText((await handlers['drafts.get']({ draftId })).content);
    expect(text).toContain('我局非常重视您提出的建议，认真组织了研究。');
    expect(text).not.toContain('请予支持。');
    const history = await handlers['revisions.list']({ draftId });
    expect(history.some((revision) => revision.note === '「修订稿.docx」中刘局长的修订')).toBe(true);
    expect(history.at(-1)?.kind).toBe('merge');
  });
});
