import { describe, expect, it } from 'vitest';
import { compareLetters } from '../diff/compare';
import type { FieldDefinition, FieldValues } from '../fields/fieldDefinition';
import type { Block, Inline } from '../model/document';
import { liuzhou2023Letter } from '../structure/fixtures/liuzhou2023';
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
    expect(listed).toEqual(['insert →同志', 'bold 高度→高度']);
    const merged = take('同志');
    expect(merged.content.blocks[0].inlines).toEqual([
      { t: 'text', text: '尊敬的' },
      { t: 'field', name: 'proposer' },
      { t: 'text', text: '同志：' },
    ]);
    // bold switched on is a suggestion of its own: left, the original's weight stays; taken, the words turn bold
    expect(merged.content.blocks[1]).toEqual(body(opening));
    expect(take('高度').content.blocks[1]).toEqual(edited.content.blocks[1]);
  });

  it('switches bold on or off for exactly the words a suggestion names, inside a moved paragraph too', () => {
    const bold = (text: string): Inline => ({ t: 'text', text, bold: true });
    const thanks = '感谢您对我市绿化工作的关心和支持。';
    const before = letter({}, body(bold('感谢'), '您对我市绿化工作的关心和支持。'), body(opening), body('专此答复。'));
    const after = letter({}, body(opening), body('感谢您对', bold('我市绿化工作'), '的关心和支持。'), body('专此答复。'));
    const { listed } = review(before, after);
    expect(listed).toEqual([`move ${thanks}→${thanks}`, 'bold 感谢→感谢', 'bold 我市绿化工作→我市绿化工作']);
    const changes = compareLetters(before, after).changes;
    expect(changes.slice(1).map((change) => change.bold)).toEqual([false, true]);
    const chosen = (...indexes: number[]) => applySuggestions(before, after, new Set(indexes)).content.blocks;
    // the move left, 我市绿化工作 turned bold where the paragraph stands
    expect(chosen(2)[0]).toEqual(body(bold('感谢'), '您对', bold('我市绿化工作'), '的关心和支持。'));
    // the move taken, 感谢 no longer bold, 我市绿化工作 as it was
    expect(chosen(0, 1)[1]).toEqual(body(thanks));
    expect(chosen(0, 1, 2)).toEqual(after.content.blocks);
    expect(chosen()).toEqual(before.content.blocks);
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

  it('settles a table cell by cell while its rows and columns stay, row by row when rows come and go, and whole once its columns change', () => {
    const cell = (text: string) => ({ inlines: text ? [{ t: 'text' as const, text }] : [] });
    const table = (...rows: string[][]): Block => ({
      role: 'table',
      inlines: [{ t: 'text', text: '资金安排表' }],
      table: { headerRows: 1, columns: [{ align: 'left' }, { align: 'right' }], rows: [['年度', '金额'], ...rows].map((row) => ({ cells: row.map(cell) })) },
    });
    const before = letter({}, body(opening), table(['2024年', '100万元']));
    const edited = letter({}, body(opening), table(['2025年', '150万元']));
    const { listed, take } = review(before, edited);
    expect(listed).toEqual(['replace 2024→2025', 'replace 100→150']);
    expect(take('150').content.blocks[1]).toEqual(table(['2024年', '150万元']));
    expect(take().content.blocks).toEqual(before.content.blocks);

    // a row added while a figure in the row above is changed: each is taken or left on its own
    const grown = letter({}, body(opening), table(['2024年', '120万元'], ['2025年', '150万元']));
    const rowAdded = review(before, grown);
    expect(rowAdded.listed).toEqual(['replace 100→120', 'insert →2025年', 'insert →150万元']);
    expect(rowAdded.take('2025年', '150万元').content.blocks[1]).toEqual(table(['2024年', '100万元'], ['2025年', '150万元']));
    expect(rowAdded.take('120').content.blocks[1]).toEqual(table(['2024年', '120万元']));
    expect(rowAdded.take('150万元').content.blocks[1]).toEqual(table(['2024年', '100万元'], ['', '150万元']));
    expect(rowAdded.take('120', '2025年', '150万元').content.blocks).toEqual(grown.content.blocks);
    expect(rowAdded.take().content.blocks).toEqual(before.content.blocks);

    // a row removed goes when every cell's deletion is taken
    const shrunk = review(grown, letter({}, body(opening), table(['2024年', '120万元'])));
    expect(shrunk.listed).toEqual(['delete 2025年→', 'delete 150万元→']);
    expect(shrunk.take('2025年', '150万元').content.blocks[1]).toEqual(table(['2024年', '120万元']));
    expect(shrunk.take('2025年').content.blocks[1]).toEqual(table(['2024年', '120万元'], ['', '150万元']));
    expect(shrunk.take().content.blocks).toEqual(grown.content.blocks);

    // a column added: the table is taken whole, as suggested when any change in it is taken
    const widened = letter({}, body(opening), {
      ...table(['2024年', '100万元']),
      table: {
        headerRows: 1,
        columns: [{ align: 'left' }, { align: 'right' }, { align: 'left' }],
        rows: [
          ['年度', '金额', '备注'],
          ['2024年', '100万元', '已拨付'],
        ].map((row) => ({ cells: row.map(cell) })),
      },
    });
    const columnAdded = review(before, widened);
    expect(columnAdded.take('已拨付').content.blocks[1]).toEqual(widened.content.blocks[1]);
    expect(columnAdded.take().content.blocks).toEqual(before.content.blocks);
  });

  it('on a real reply, taking exactly one suggestion leaves exactly that change, and taking all gives the suggestion', () => {
    const lines = liuzhou2023Letter
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const start = letter({}, ...lines.map((line) => body(line)));
    const edited = [...lines];
    const at = (text: string) => edited.findIndex((line) => line.includes(text));
    edited[at('历届党委')] = edited[at('历届党委')].replace('主要', '重要').replace('高度重视', '始终高度重视');
    edited.splice(at('(二)制定'), 1);
    edited.splice(3, 0, '感谢贵单位对市场监管工作的关心和支持。');
    edited.push(edited.splice(at('(一)持续'), 1)[0].replace('营商环境', '法治化营商环境'));
    const end = letter({}, ...edited.map((line) => body(line)));
    const changes = compareLetters(start, end).changes;
    expect(changes.map((change) => `${change.kind} ${change.before.slice(0, 6)}→${change.after.slice(0, 6)}`)).toEqual([
      'insert →感谢贵单位对',
      'replace 主要→重要',
      'insert →始终',
      'delete (二)制定创→',
      'move (一)持续优→(一)持续优',
      'insert →法治化',
    ]);
    expect(texts(applySuggestions(start, end, new Set(changes.keys())))).toEqual(edited);
    changes.forEach((change, index) => {
      const only = compareLetters(start, { ...applySuggestions(start, end, new Set([index])), definitions }).changes;
      // a move taken alone carries the paragraph as it was
      const after = change.kind === 'move' ? change.before : change.after;
      expect(only.map(({ kind, before, after }) => ({ kind, before, after }))).toEqual([{ kind: change.kind, before: change.before, after }]);
    });
  });
});
