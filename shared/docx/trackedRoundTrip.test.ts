import { describe, expect, it } from 'vitest';
import { attributeChanges } from './trackedAuthors';
import { trackedParagraphs } from './trackedChanges';
import { exportTrackedDocx } from './exportTrackedDocx';
import { offeredSuggestions as pending } from './fixtures/offeredSuggestions';
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
    // (bold switched on stays pending too: the comparison lists text, so it shows as a differing paragraph in 逐段合并)
    expect(await pending(returned)).toEqual([
      'field 12→13 张主任',
      'replace 12→13 张主任',
      'insert →及办理意见 刘局长',
      'replace 进行→组织 张主任',
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
