import { describe, expect, it } from 'vitest';
import { compareLetters } from '../diff/compare';
import type { FieldDefinition, FieldValues } from '../fields/fieldDefinition';
import type { Block, Inline } from '../model/document';
import { applySuggestions, type SuggestionSide } from './suggestionChoice';

const definitions: FieldDefinition[] = [{ name: 'proposer', label: '提案者', type: 'text' }];
const body = (...inlines: (string | Inline)[]): Block => ({
  role: 'body',
  inlines: inlines.map((run) => (typeof run === 'string' ? { t: 'text', text: run } : run)),
});
const heading = (text: string): Block => ({ role: 'heading', level: 1, inlines: [{ t: 'text', text }] });
const letter = (fields: FieldValues, ...blocks: Block[]): SuggestionSide => ({ content: { version: 1, blocks }, fields, definitions });
const texts = (side: { content: { blocks: Block[] } }) =>
  side.content.blocks.map((block) => block.inlines.map((run) => (run.t === 'text' ? run.text : `〔${run.name}〕`)).join(''));

/** Each suggestion as the list shows it, and the letter after taking the ones named by their old or new text. */
function review(original: SuggestionSide, suggested: SuggestionSide) {
  const changes = compareLetters(original, suggested).changes;
  const take = (...which: string[]) =>
    applySuggestions(
      original,
      suggested,
      new Set(changes.flatMap((change, index) => (which.includes(change.after) || which.includes(change.before) ? [index] : []))),
    );
  return { listed: changes.map((change) => `${change.kind} ${change.before}→${change.after}`), take };
}

const opening = '我局高度重视您提出的建议，认真进行了研究。';
const original = letter({ proposer: '李明委员' }, body('尊敬的', { t: 'field', name: 'proposer' }, '：'), body(opening), body('专此答复。'));

describe('taking some of a 修订稿’s suggestions and leaving the others', () => {
  it('takes or leaves each of two changes in one paragraph on its own, word by word', () => {
    const edited = letter({ proposer: '李明委员' }, original.content.blocks[0], body('我局非常重视您提出的建议，认真组织了研究。'), body('专此答复。'));
    const { listed, take } = review(original, edited);
    expect(listed).toEqual(['replace 高度→非常', 'replace 进行→组织']);
    expect(texts(take('非常'))[1]).toBe('我局非常重视您提出的建议，认真进行了研究。');
    expect(texts(take('组织'))[1]).toBe('我局高度重视您提出的建议，认真组织了研究。');
    expect(texts(take('非常', '组织'))[1]).toBe('我局非常重视您提出的建议，认真组织了研究。');
    expect(take()).toEqual({ content: original.content, fields: original.fields });
  });

  it('keeps changes next to each other apart: a deletion right before an insertion in the same sentence', () => {
    const edited = letter({ proposer: '李明委员' }, original.content.blocks[0], body('我局重视您提出的宝贵建议，认真进行了研究。'), body('专此答复。'));
    const { listed, take } = review(original, edited);
    expect(listed).toEqual(['delete 高度→', 'insert →宝贵']);
    expect(texts(take('宝贵'))[1]).toBe('我局高度重视您提出的宝贵建议，认真进行了研究。');
    expect(texts(take('高度'))[1]).toBe('我局重视您提出的建议，认真进行了研究。');
  });

  it('keeps the bold and the fields of the words it takes from either side', () => {
    const edited = letter(
      { proposer: '李明委员' },
      body('尊敬的', { t: 'field', name: 'proposer' }, '同志：'),
      body('我局', { t: 'text', text: '高度', bold: true }, '重视您提出的建议，认真进行了研究。'),
      body('专此答复。'),
    );
    const { listed, take } = review(original, edited);
    expect(listed).toEqual(['insert →同志']);
    const merged = take('同志');
    expect(merged.content.blocks[0].inlines).toEqual([
      { t: 'text', text: '尊敬的' },
      { t: 'field', name: 'proposer' },
      { t: 'text', text: '同志：' },
    ]);
    // bold alone is no suggestion in the comparison, so the original's weight stays
    expect(merged.content.blocks[1]).toEqual(body(opening));
  });

  it('moves a paragraph only when the move is taken, and settles the edit inside it separately', () => {
    const thanks = '感谢您对我市绿化工作的关心和支持。';
    const plans = '下一步，我们将继续加大资金支持力度，推动城市绿化建设。';
    const before = letter({}, body(thanks), body(opening), body(plans), body('专此答复。'));
    const after = letter({}, body(opening), body(plans), body('感谢您对我市城市绿化工作的关心和支持。'), body('专此答复。'));
    const { listed, take } = review(before, after);
    expect(listed).toEqual([`move ${thanks}→感谢您对我市城市绿化工作的关心和支持。`, 'insert →城市']);
    expect(texts(take(thanks))).toEqual([opening, plans, thanks, '专此答复。']);
    expect(texts(take('城市'))).toEqual(['感谢您对我市城市绿化工作的关心和支持。', opening, plans, '专此答复。']);
    expect(texts(take())).toEqual(texts(before));
  });

  it('inserts or deletes whole paragraphs, changes a heading level and a field value only as chosen', () => {
    const before = letter({ proposer: '李明委员' }, heading('一、基本情况'), body(opening), body('专此答复。'));
    const after = letter({ proposer: '李明' }, { ...heading('一、基本情况'), level: 2 }, body('请予支持。'), body('专此答复。'));
    const changes = compareLetters(before, after).changes;
    expect(changes.map((change) => change.kind)).toEqual(['field', 'format', 'delete', 'insert']);
    const chosen = (...indexes: number[]) => applySuggestions(before, after, new Set(indexes));
    expect(chosen(0).fields).toEqual({ proposer: '李明' });
    expect(chosen(1).content.blocks[0].level).toBe(2);
    expect(texts(chosen(2))).toEqual(['一、基本情况', '专此答复。']);
    expect(texts(chosen(3))).toEqual(['一、基本情况', opening, '请予支持。', '专此答复。']);
    expect(chosen(0, 1, 2, 3)).toEqual({ content: after.content, fields: after.fields });
  });

  it('keeps words changed back to back as one suggestion, taken or left together', () => {
    const edited = letter({ proposer: '李明委员' }, original.content.blocks[0], body('我局一直非常重视您提出的建议，认真进行了研究。'), body('专此答复。'));
    const { listed, take } = review(original, edited);
    expect(listed).toEqual(['replace 高度→一直非常']);
    expect(texts(take('一直非常'))[1]).toBe('我局一直非常重视您提出的建议，认真进行了研究。');
    expect(texts(take())[1]).toBe(opening);
  });

  it('takes a table whole: as suggested once any change in it is taken, else as it was', () => {
    const cell = (text: string) => ({ inlines: [{ t: 'text' as const, text }] });
    const table = (amount: string, year: string): Block => ({
      role: 'table',
      inlines: [{ t: 'text', text: '资金安排表' }],
      table: {
        headerRows: 1,
        columns: [{ align: 'left' }, { align: 'right' }],
        rows: [{ cells: [cell('年度'), cell('金额')] }, { cells: [cell(year), cell(amount)] }],
      },
    });
    const before = letter({}, body(opening), table('100万元', '2024年'));
    const after = letter({}, body(opening), table('150万元', '2025年'));
    const changes = compareLetters(before, after).changes;
    expect(changes).toHaveLength(2);
    expect(applySuggestions(before, after, new Set([1])).content.blocks[1]).toEqual(after.content.blocks[1]);
    expect(applySuggestions(before, after, new Set()).content.blocks).toEqual(before.content.blocks);
  });
});
