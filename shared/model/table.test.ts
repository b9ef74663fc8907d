import { describe, expect, it } from 'vitest';
import { countChars } from './charCount';
import { BlockSchema, documentHasTable, documentText, LetterDocumentSchema, type Block, type TableCell } from './document';
import { cell } from './fixtures/sampleTables';
import { letterUnits } from './letterUnits';
import { cellsInOrder } from './table';

const noField = (name: string) => `〔${name}〕`;

/** 「2023年至2025年资金安排」: a two-level header (年度 over 2023 and 2024), the first column spanning both header rows. */
const funds: Block = {
  role: 'table',
  inlines: [{ t: 'text', text: '表1 加装电梯补助资金安排' }],
  table: {
    unit: '单位：万元',
    headerRows: 2,
    columns: [{ align: 'left' }, { align: 'right' }, { align: 'right' }],
    rows: [
      { cells: [cell('项目', { rowSpan: 2 }), cell('年度', { colSpan: 2 })] },
      { cells: [cell('2023年'), cell('2024年')] },
      { cells: [cell('市级补助'), cell('1200'), cell('1500')] },
      { cells: [cell('区级配套'), { inlines: [{ t: 'field', name: '配套金额' }] }, cell('800')] },
    ],
  },
};

const letter = {
  version: 1 as const,
  blocks: [
    { role: 'body' as const, inlines: [{ t: 'text' as const, text: '资金安排如下表。' }] },
    funds,
    { role: 'closing' as const, inlines: [{ t: 'text' as const, text: '感谢您的关心。' }] },
  ],
};

describe('a table in the letter', () => {
  it('is stored with its merged cells and read back in reading order, each cell once', () => {
    expect(LetterDocumentSchema.parse(letter)).toEqual(letter);
    const places = cellsInOrder(funds.table!).map(({ row, column, rowSpan, colSpan }) => [row, column, rowSpan, colSpan]);
    expect(places).toEqual([
      [0, 0, 2, 1],
      [0, 1, 1, 2],
      [1, 1, 1, 1],
      [1, 2, 1, 1],
      [2, 0, 1, 1],
      [2, 1, 1, 1],
      [2, 2, 1, 1],
      [3, 0, 1, 1],
      [3, 1, 1, 1],
      [3, 2, 1, 1],
    ]);
  });

  it('refuses cells that do not fill the grid, and a table on a paragraph that is not a table', () => {
    const rows = (cells: TableCell[][]) => ({ ...funds, table: { ...funds.table!, headerRows: 0, rows: cells.map((c) => ({ cells: c })) } });
    expect(BlockSchema.safeParse(rows([[cell('a'), cell('b'), cell('c'), cell('d')]])).success).toBe(false);
    expect(BlockSchema.safeParse(rows([[cell('a'), cell('b')]])).success).toBe(false);
    expect(BlockSchema.safeParse(rows([[cell('a', { rowSpan: 2 }), cell('b'), cell('c')]])).success).toBe(false);
    expect(BlockSchema.safeParse(rows([[cell('a', { colSpan: 2 }), cell('b'), cell('c')]])).success).toBe(false);
    expect(BlockSchema.safeParse({ ...funds, table: { ...funds.table!, headerRows: 5 } }).success).toBe(false);
    expect(BlockSchema.safeParse({ role: 'body', inlines: [], table: funds.table }).success).toBe(false);
    expect(BlockSchema.safeParse({ role: 'table', inlines: [] }).success).toBe(false);
  });

  it('reads as one plain text: 表题, unit line, then every cell as a line of its own', () => {
    expect(documentText(letter, noField).split('\n')).toEqual([
      '资金安排如下表。',
      '表1 加装电梯补助资金安排',
      '单位：万元',
      '项目',
      '年度',
      '2023年',
      '2024年',
      '市级补助',
      '1200',
      '1500',
      '区级配套',
      '〔配套金额〕',
      '800',
      '感谢您的关心。',
    ]);
  });

  it('gives units that name their table and cell, placed exactly where the plain text has them', () => {
    const units = letterUnits(letter, noField);
    const text = documentText(letter, noField);
    let offset = 0;
    for (const unit of units) {
      expect(text.slice(offset, offset + unit.text.length)).toBe(unit.text);
      offset += unit.text.length + 1;
    }
    expect(offset - 1).toBe(text.length);
    expect(units.filter((unit) => unit.block === 1).map((unit) => unit.place)).toEqual([
      '表 1 表题',
      '表 1 单位行',
      '表 1 第 1 行第 1 列',
      '表 1 第 1 行第 2 列',
      '表 1 第 2 行第 2 列',
      '表 1 第 2 行第 3 列',
      '表 1 第 3 行第 1 列',
      '表 1 第 3 行第 2 列',
      '表 1 第 3 行第 3 列',
      '表 1 第 4 行第 1 列',
      '表 1 第 4 行第 2 列',
      '表 1 第 4 行第 3 列',
    ]);
    expect(units.every((unit) => (unit.block === 1) === (unit.role === 'table'))).toBe(true);
  });

  it('counts the cells’ characters and not the separators between them', () => {
    const onlyTable = { version: 1 as const, blocks: [funds] };
    expect(countChars(documentText(onlyTable, () => '60'))).toBe(
      [...'表1加装电梯补助资金安排单位：万元项目年度2023年2024年市级补助12001500区级配套60800'].length,
    );
  });

  it('marks a letter with a table as one an older client cannot read', () => {
    expect(documentHasTable(letter)).toBe(true);
    expect(documentHasTable({ version: 1, blocks: [letter.blocks[0]] })).toBe(false);
  });
});
