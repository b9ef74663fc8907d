import { describe, expect, it } from 'vitest';
import { attributeChanges } from './trackedAuthors';
import { trackedParagraphs } from './trackedChanges';
import { exportTrackedDocx } from './exportTrackedDocx';
import { offeredSuggestions as pending } from './fixtures/offeredSuggestions';
import { readTrackedLine } from './trackedImport';
import { editDocx } from './fixtures/docxTestKit';
import { acceptChange, acceptFormatting, insertAs, rejectChange } from './fixtures/wpsReview';
import { trackedChain, trackedLetterB } from './fixtures/trackedLetters';

describe('a 修订稿 sent to a leader and imported again', () => {
  it('offers exactly what is still pending, each with its author, after the leader accepted some, rejected some and added their own in WPS', async () => {
    const { paragraphs } = trackedParagraphs(trackedChain[0], trackedChain[2], attributeChanges(trackedChain));
    const sent = await exportTrackedDocx(trackedLetterB, paragraphs);
    const returned = await editDocx(sent, [
      acceptChange('高度'),
      acceptChange('非常'),
      acceptChange('这一段将被整段删除，不再保留。'),
      rejectChange('新增加的一段话。'),
      acceptFormatting('一、基本情况'),
      insertAs('刘局长', '一、基本情况', '及办理意见', 900),
    ]);
    expect(await pending(returned)).toEqual([
      'field 12→13 张主任',
      'replace 12→13 张主任',
      'insert →及办理意见 刘局长',
      'replace 进行→组织 张主任',
      'bold 最后一段内容保持不变。→最后一段内容保持不变。 张主任',
      'move 这一段会被移到后面去。→这一段会被移到后面去。 张主任',
    ]);
  });

  it('offers nothing once the leader accepted or rejected every 修订', async () => {
    const { paragraphs } = trackedParagraphs(trackedChain[0], trackedChain[2], attributeChanges(trackedChain));
    const sent = await exportTrackedDocx(trackedLetterB, paragraphs);
    const settled = await editDocx(sent, [
      ...['12', '13', '高度', '非常', '进行', '组织', '这一段将被整段删除，不再保留。', '新增加的一段话。'].map(acceptChange),
      ...['这一段会被移到后面去。', '这一段会被移到后面去。'].map(rejectChange),
      acceptFormatting('一、基本情况'),
      acceptFormatting('最后一段内容保持不变。'),
    ]);
    expect(await pending(settled)).toEqual([]);
  });

  it('gives each reviewer a step of the line, up to a dozen: the others share the last one', async () => {
    const { paragraphs } = trackedParagraphs(trackedChain[2], trackedChain[2], attributeChanges([trackedChain[2], trackedChain[2]]));
    const plain = await exportTrackedDocx(trackedLetterB, paragraphs);
    const names = Array.from({ length: 15 }, (_, index) => `审阅人${index + 1}`);
    const reviewed = await editDocx(
      plain,
      names.map((name, index) => insertAs(name, '新增加的一段话。', `（${name}）`, 950 + index)),
    );
    const line = await readTrackedLine(reviewed, '修订稿.docx');
    // all dated alike, so in the order their 修订 stand: each was typed just after the paragraph's text, before the earlier ones
    const inOrder = [...names].reverse();
    expect(line?.steps.map((step) => step.author)).toEqual([...inOrder.slice(0, 11), '审阅人4等 4 人']);
    expect(
      line?.steps
        .at(-1)
        ?.letter.document.blocks.at(-1)
        ?.inlines.map((run) => (run.t === 'text' ? run.text : ''))
        .join(''),
    ).toContain('（审阅人1）');
  });

  it('reads text typed by one reviewer and struck by another (w:del inside w:ins) as no suggestion at all', async () => {
    const { paragraphs } = trackedParagraphs(trackedChain[1], trackedChain[1], attributeChanges([trackedChain[1], trackedChain[1]]));
    const plain = await exportTrackedDocx(trackedLetterB, paragraphs);
    expect(await pending(await editDocx(plain, [insertAs('刘局长', '最后一段内容保持不变。', '临时加的话', 901)]))).toEqual(['insert →临时加的话 刘局长']);
    const withNested = await editDocx(plain, [
      insertAs('刘局长', '最后一段内容保持不变。', '临时加的话', 901),
      (document) => {
        const ins = document.getElementsByTagNameNS('*', 'ins')[0];
        const run = ins.getElementsByTagNameNS('*', 'r')[0];
        const t = run.getElementsByTagNameNS('*', 't')[0];
        const del = document.createElementNS(ins.namespaceURI, 'w:del');
        del.setAttributeNS(ins.namespaceURI, 'w:id', '902');
        del.setAttributeNS(ins.namespaceURI, 'w:author', '张主任');
        const delText = document.createElementNS(ins.namespaceURI, 'w:delText');
        delText.appendChild(document.createTextNode(t.textContent ?? ''));
        run.replaceChild(delText, t);
        ins.replaceChild(del, run);
        del.appendChild(run);
      },
    ]);
    expect(await pending(withNested)).toEqual([]);
  });
});
