import { describe, expect, it } from 'vitest';
import { LETTER_LIMITS, type Block } from './document';
import { textTable } from './fixtures/sampleTables';
import { letterProblems } from './letterProblems';

const paragraph = (text: string): Block => ({ role: 'body', inlines: [{ t: 'text', text }] });
const tooLong = '答'.repeat(LETTER_LIMITS.textPerRun + 1);

describe('why a letter with a table is too big to store', () => {
  it('names the table and row of a cell over the limit, and a paragraph after the table by the paragraphs the clerk counts', () => {
    const table = textTable([
      ['项目', '情况'],
      ['加装电梯', tooLong],
    ]);
    expect(letterProblems({ version: 1, blocks: [paragraph('资金安排如下表。'), table, paragraph(tooLong)] }, {}, [])).toEqual([
      '一段文字最多 200,000 字，表 1 第 2 行超过了',
      '一段文字最多 200,000 字，第 2 段超过了',
    ]);
  });

  it('counts the runs of the cell that has too many, not of the table’s 表题', () => {
    const table = textTable([['项目'], ['']], { caption: '附表' });
    table.table!.rows[1].cells[0].inlines = Array.from({ length: LETTER_LIMITS.inlinesPerBlock + 1 }, (_, index) => ({
      t: 'text' as const,
      text: '数',
      bold: index % 2 === 0,
    }));
    expect(letterProblems({ version: 1, blocks: [table] }, {}, [])).toEqual(['一段最多 10,000 处格式变化或字段，表 1 第 2 行有 10,001 处']);
  });
});
