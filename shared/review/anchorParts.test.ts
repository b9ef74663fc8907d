import { describe, expect, it } from 'vitest';
import { blockText, type Block, type LetterDocument } from '../model/document';
import { letterUnits } from '../model/letterUnits';
import { placeNames } from '../model/placeName';
import { anchorUnit, offsetInBlock, rangeInPart } from './anchorParts';
import { CommentAnchorSchema, relocateAnchor, type CommentAnchor } from './commentAnchor';

const text = (value: string) => ({ inlines: value ? [{ t: 'text' as const, text: value }] : [] });

/** 附表 of funds: a header row, two projects, the second cell of the last row written on two lines. */
function fundsTable(rows: string[][]): Block {
  return {
    role: 'table',
    inlines: [{ t: 'text', text: '附表 老旧小区改造资金' }],
    table: { unit: '单位：万元', headerRows: 1, columns: [{ align: 'left' }, { align: 'right' }], rows: rows.map((cells) => ({ cells: cells.map(text) })) },
  };
}

const rows = [
  ['项目', '金额'],
  ['加装电梯', '1200'],
  ['雨污分流', '800\n（含配套）'],
];
const letter = (table: Block): LetterDocument => ({ version: 1, blocks: [{ role: 'body', inlines: [{ t: 'text', text: '现将资金安排列表如下：' }] }, table] });
const texts = (doc: LetterDocument) => doc.blocks.map((block) => blockText(block, () => ''));
/** The table block's parts as the editor holds them: 表题, unit line, then each cell's paragraphs. */
const parts = ['附表 老旧小区改造资金', '单位：万元', '项目', '金额', '加装电梯', '1200', '雨污分流', '800', '（含配套）'];

/** What the editor sends when the clerk selects `quote` in the part `part` of the table block. */
function selectInPart(part: number, quote: string): CommentAnchor {
  const start = offsetInBlock(parts, part, Array.from(parts[part]).indexOf(Array.from(quote)[0]));
  return CommentAnchorSchema.parse({ block: 1, start, end: start + Array.from(quote).length, quote });
}

describe('comments on text in a table cell', () => {
  it('anchor in the table block, counted in its plain-text form, the same text the service reads', () => {
    expect(parts.join('\n')).toBe(texts(letter(fundsTable(rows)))[1]);
    const anchor = selectInPart(4, '电梯');
    expect(relocateAnchor(anchor, texts(letter(fundsTable(rows))))).toEqual(anchor);
    expect(rangeInPart(parts, anchor.start, anchor.end)).toEqual({ part: 4, start: 2, end: 4 });
  });

  it('name the table and cell they sit in, the 表题 and unit line too', () => {
    const doc = letter(fundsTable(rows));
    const units = letterUnits(doc, () => '');
    const places = placeNames(units, doc.blocks);
    const place = (anchor: Pick<CommentAnchor, 'block' | 'start'>) => places[anchorUnit(units, anchor)!];
    expect(place(selectInPart(4, '电梯'))).toBe('表 1 第 2 行第 1 列');
    expect(place(selectInPart(8, '配套'))).toBe('表 1 第 3 行第 2 列');
    expect(place(selectInPart(0, '改造'))).toBe('表 1 表题');
    expect(place(selectInPart(1, '万元'))).toBe('表 1 单位行');
    expect(place({ block: 0, start: 2 })).toBe('第 1 段');
  });

  it('follow their text when a row is added above and another cell is edited', () => {
    const anchor = selectInPart(8, '配套');
    const edited = letter(
      fundsTable([
        ['项目', '金额（调整后）'],
        ['屋面防水', '300'],
        ['加装电梯', '1200'],
        ['雨污分流', '800\n（含配套）'],
      ]),
    );
    const moved = relocateAnchor(anchor, texts(edited))!;
    expect(moved.block).toBe(1);
    const editedParts = texts(edited)[1].split('\n');
    const range = rangeInPart(editedParts, moved.start, moved.end)!;
    expect(editedParts[range.part]).toBe('（含配套）');
    expect(Array.from(editedParts[range.part]).slice(range.start, range.end).join('')).toBe('配套');
  });

  it('are orphaned when the cell text is rewritten, and never match across two cells', () => {
    const anchor = selectInPart(4, '电梯');
    expect(relocateAnchor(anchor, texts(letter(fundsTable([rows[0], ['加装无障碍设施', '1200'], rows[2]]))))).toBeNull();
    // 「项目」 ends one cell and 「金额」 starts the next: text that runs across them is not in the letter.
    expect(
      relocateAnchor({ block: 1, start: offsetInBlock(parts, 2, 0), end: offsetInBlock(parts, 2, 4), quote: '项目金额' }, texts(letter(fundsTable(rows)))),
    ).toBeNull();
  });

  it('are painted within the one part they start in, an empty cell included', () => {
    expect(rangeInPart(['甲', '', '乙'], 2, 2)).toEqual({ part: 1, start: 0, end: 0 });
    expect(rangeInPart(['甲', '', '乙'], 3, 4)).toEqual({ part: 2, start: 0, end: 1 });
    expect(rangeInPart(['甲乙', '丙'], 1, 4)).toEqual({ part: 0, start: 1, end: 2 });
    expect(rangeInPart(['甲'], 5, 6)).toBeUndefined();
  });
});
