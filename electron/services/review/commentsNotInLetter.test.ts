import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DRAFTER, REVIEWER, reviewPc, typeParagraph } from '../../testing/reviewTestKit';

const COMMENT = '请注明是哪一年的数据';
const REPLY = '已补充二〇二三年';

describe('comments stay out of the final letter', () => {
  it('never reach the letter’s print (and so its PDF), its Word file or its text', async () => {
    const pc = reviewPc();
    pc.as(DRAFTER);
    const draft = await pc.handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    await typeParagraph(pc, draft.id, '柳州螺蛳粉全产业链销售收入超600亿元。');
    pc.as(REVIEWER);
    const block = (await pc.handlers['drafts.get']({ draftId: draft.id })).content.blocks.length - 1;
    const thread = await pc.handlers['comments.add']({ draftId: draft.id, anchor: { block, start: 5, end: 13, quote: '全产业链销售收入' }, body: COMMENT });
    await pc.handlers['comments.reply']({ commentId: thread.id, body: REPLY });

    const printed = await pc.handlers['print.render']({ draftId: draft.id });
    expect(printed.bodyHtml).toContain('全产业链销售收入');
    for (const part of [printed.bodyHtml, printed.css]) {
      expect(part).not.toContain(COMMENT);
      expect(part).not.toContain(REPLY);
      expect(part).not.toMatch(/<mark|class="c\b|李科长/);
    }

    const word = await JSZip.loadAsync(Buffer.from((await pc.handlers['drafts.exportDocx']({ draftId: draft.id })).data, 'base64'));
    expect(Object.keys(word.files).filter((name) => /comment/i.test(name))).toEqual([]);
    const parts = await Promise.all(
      Object.values(word.files)
        .filter((file) => !file.dir)
        .map((file) => file.async('string')),
    );
    expect(parts.join('')).toContain('全产业链销售收入');
    expect(parts.join('')).not.toMatch(new RegExp(`${COMMENT}|${REPLY}|commentRangeStart|commentReference`));

    const text = (await pc.handlers['drafts.exportText']({ draftId: draft.id })).text;
    expect(text).toContain('全产业链销售收入');
    expect(text).not.toMatch(new RegExp(`${COMMENT}|${REPLY}`));
  });
});
