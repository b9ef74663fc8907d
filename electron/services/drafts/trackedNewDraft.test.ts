import { describe, expect, it } from 'vitest';
import { blockText } from '../../../shared/model/document';
import { attributeChanges } from '../../../shared/docx/trackedAuthors';
import { trackedParagraphs } from '../../../shared/docx/trackedChanges';
import { exportTrackedDocx } from '../../../shared/docx/exportTrackedDocx';
import { trackedChain, trackedLetterB } from '../../../shared/docx/fixtures/trackedLetters';
import { makeTestContext } from '../../testing/testContext';

/** A 修订稿 from another unit: 李科长's and 张主任's 修订 on 王晶's reply, not yet accepted by anyone. */
async function reviewedFile() {
  const { paragraphs } = trackedParagraphs(trackedChain[0], trackedChain[2], attributeChanges(trackedChain));
  return Buffer.from(await exportTrackedDocx(trackedLetterB, paragraphs)).toString('base64');
}

describe('导入 Word as a new draft from a file with 修订', () => {
  it('with 修订 to review, starts from the text as the reviewers found it and keeps each 修订 as a suggestion with its author', async () => {
    const { handlers } = makeTestContext();
    const draft = await handlers['drafts.importDocx']({ fileName: '修订稿.docx', data: await reviewedFile(), tracked: 'review' });
    const texts = draft.content.blocks.map((block) => blockText(block, (name) => draft.fields[name] ?? ''));
    expect(texts).toContain('这一段将被整段删除，不再保留。');
    expect(texts).not.toContain('新增加的一段话。');
    expect(draft.fields.proposalNumber).toBe('12');
    expect(draft.suggestions?.reviewers).toEqual(['李科长', '张主任']);
    expect(draft.warnings[0]).toMatch(/没有直接改动正文/);

    const { original, suggestions } = await handlers['revisions.suggestions']({ draftId: draft.id, revisionId: draft.suggestions!.revisionId });
    expect(original).not.toBeNull();
    expect(suggestions.map((suggestion) => `${suggestion.kind} ${suggestion.after} ${suggestion.author}`)).toEqual([
      'field 13 张主任',
      'replace 13 张主任',
      'format 二级标题 张主任',
      'replace 非常 李科长',
      'replace 组织 张主任',
      'delete  张主任',
      'bold 最后一段内容保持不变。 张主任',
      'move 这一段会被移到后面去。 张主任',
      'insert 新增加的一段话。 张主任',
    ]);
    expect(suggestions.find((suggestion) => suggestion.kind === 'bold')?.bold).toBe(true);
  });

  it('accepts every 修订 with a warning when not asked to review them (dafu import)', async () => {
    const { handlers } = makeTestContext();
    const draft = await handlers['drafts.importDocx']({ fileName: '修订稿.docx', data: await reviewedFile() });
    expect(draft.suggestions).toBeUndefined();
    expect(draft.fields.proposalNumber).toBe('13');
    expect(draft.warnings.join('')).toMatch(/已全部按“接受修订”导入/);
  });
});
