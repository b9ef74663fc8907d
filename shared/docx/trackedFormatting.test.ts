import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { compareLetters } from '../diff/compare';
import type { Block } from '../model/document';
import { applySuggestions } from '../review/suggestionChoice';
import { attributeChanges } from './trackedAuthors';
import { trackedParagraphs } from './trackedChanges';
import { exportTrackedDocx } from './exportTrackedDocx';
import { offeredSuggestions } from './fixtures/offeredSuggestions';
import { readTrackedLine } from './trackedImport';
import { editDocx } from './fixtures/docxTestKit';
import { restyleAs } from './fixtures/wpsReview';
import { trackedChain, trackedLetterB } from './fixtures/trackedLetters';

const finished = trackedChain[2];

/** The finished letter as a plain .docx (nothing tracked yet), for a leader to review with 修订 on. */
async function plainDocx() {
  const { paragraphs } = trackedParagraphs(finished, finished, attributeChanges([finished, finished]));
  return exportTrackedDocx(trackedLetterB, paragraphs);
}

const boldWords = (block: Block | undefined) => block?.inlines.flatMap((run) => (run.t === 'text' && run.bold ? [run.text] : [])) ?? [];

describe('a 修订 that only switches bold (w:rPrChange)', () => {
  it('is offered as its own suggestion with its author, one way or the other; italic alone offers nothing', async () => {
    const reviewed = await editDocx(await plainDocx(), [
      restyleAs('刘局长', '认真组织了研究', { bold: true }, 910),
      restyleAs('王处长', '最后一段内容保持不变。', { bold: false }, 911),
      restyleAs('王处长', '新增加的一段话。', { italic: true }, 912),
    ]);
    const xml = await (await JSZip.loadAsync(reviewed)).file('word/document.xml')!.async('string');
    expect(xml.match(/<w:rPrChange /g)).toHaveLength(3);
    // the letter keeps no italic, so an italic-only 修订 reads the same either way and is no suggestion
    expect(await offeredSuggestions(reviewed)).toEqual([
      'bold 认真组织了研究→认真组织了研究 刘局长',
      'bold 最后一段内容保持不变。→最后一段内容保持不变。 王处长',
    ]);
    // a file whose only 修订 is italic leaves nothing to settle: no line of suggestions at all
    const italicOnly = await editDocx(await plainDocx(), [restyleAs('王处长', '新增加的一段话。', { italic: true }, 912)]);
    expect(await readTrackedLine(italicOnly, '修订稿.docx')).toBeUndefined();
  });

  it('is applied when accepted and left when rejected', async () => {
    const reviewed = await editDocx(await plainDocx(), [
      restyleAs('刘局长', '认真组织了研究', { bold: true }, 910),
      restyleAs('王处长', '最后一段内容保持不变。', { bold: false }, 911),
    ]);
    const line = (await readTrackedLine(reviewed, '修订稿.docx'))!;
    const side = (letter: typeof line.base) => ({ content: letter.document, fields: letter.fields, definitions: letter.fieldDefinitions });
    const [original, suggested] = [side(line.base), side(line.steps.at(-1)!.letter)];
    const changes = compareLetters(original, suggested).changes;
    expect(changes.map((change) => [change.kind, change.bold])).toEqual([
      ['bold', true],
      ['bold', false],
    ]);
    const body = (accepted: number[]) => applySuggestions(original, suggested, new Set(accepted)).content.blocks;
    const [reply, last] = [2, 3];
    // rejected: the words as they were
    expect(boldWords(body([])[reply])).toEqual([]);
    expect(boldWords(body([])[last])).toEqual(['最后一段内容保持不变。']);
    // 刘局长's accepted, 王处长's rejected
    expect(boldWords(body([0])[reply])).toEqual(['认真组织了研究']);
    expect(boldWords(body([0])[last])).toEqual(['最后一段内容保持不变。']);
    expect(boldWords(body([0, 1])[last])).toEqual([]);
    expect(body([0, 1])).toEqual(suggested.content.blocks);
  });

  it('goes out in a 修订稿 as w:rPrChange with the former weight, and comes back as the same suggestion', async () => {
    const [drafted] = trackedChain;
    const before = { ...drafted, content: { ...drafted.content, blocks: drafted.content.blocks.slice(0, 3) } };
    const after = {
      ...before,
      stamp: { author: '张主任', date: '2026-12-03T08:00:00.000Z' },
      content: { ...before.content, blocks: [...before.content.blocks] },
    };
    after.content.blocks[2] = {
      role: 'body',
      inlines: [
        { t: 'text', text: '我局高度重视', bold: true },
        { t: 'text', text: '您提出的关于加强城市绿化建设的建议，认真进行了研究。' },
      ],
    };
    const { paragraphs } = trackedParagraphs(before, after, attributeChanges([before, after]));
    const sent = await exportTrackedDocx({ ...trackedLetterB, content: after.content, fields: after.fields }, paragraphs);
    const xml = await (await JSZip.loadAsync(sent)).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:b\/>.*<w:rPrChange w:id="\d+" w:author="张主任" w:date="2026-12-03T08:00:00Z"><w:rPr><w:b w:val="false"\/>/);
    expect(await offeredSuggestions(sent)).toEqual(['bold 我局高度重视→我局高度重视 张主任']);
  });
});
