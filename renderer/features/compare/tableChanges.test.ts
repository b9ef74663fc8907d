import { describe, expect, it } from 'vitest';
import { compareLetters } from '../../../shared/diff/compare';
import { sideBySide } from '../../../shared/diff/views';
import { cell, fundsTable } from '../../../shared/model/fixtures/sampleTables';
import type { Block, LetterDocument } from '../../../shared/model/document';
import { changeTableRows } from './changeTable';

const opening: Block = { role: 'body', inlines: [{ t: 'text', text: '近年来，我市持续加大老旧小区加装电梯补助力度，资金安排如下。' }] };
const letter = (table: Block): LetterDocument => ({ version: 1, blocks: [opening, table] });

function edited(change: (table: NonNullable<Block['table']>) => void): Block {
  const block = fundsTable();
  change(block.table!);
  return block;
}

describe('comparing two versions of a letter with a table', () => {
  it('shows a changed figure as a change in that cell, named by table, row and column', () => {
    const after = edited((table) => {
      table.rows[2].cells[2] = cell('1800');
    });
    const comparison = compareLetters({ content: letter(fundsTable()) }, { content: letter(after) });
    expect(comparison.changes.map(({ kind, before, after }) => ({ kind, before, after }))).toEqual([{ kind: 'replace', before: '1500', after: '1800' }]);
    const changed = sideBySide(comparison).filter((row) => row.kind === 'changed');
    expect(changed.map((row) => row.right?.paragraph.place)).toEqual(['表 1 第 3 行第 3 列']);
    expect(changeTableRows(comparison).map((row) => row.note)).toEqual(['表 1 第 3 行第 3 列，改动 1 处']);
  });

  it('shows a row added as its cells inserted, and the rows below it unchanged', () => {
    const after = edited((table) => {
      table.rows.splice(3, 0, { cells: [cell('社会资本'), cell('300'), cell('450')] });
    });
    const comparison = compareLetters({ content: letter(fundsTable()) }, { content: letter(after) });
    expect(changeTableRows(comparison).map((row) => row.note)).toEqual(['新增表 1 第 4 行第 1 列', '新增表 1 第 4 行第 2 列', '新增表 1 第 4 行第 3 列']);
    expect(
      sideBySide(comparison)
        .filter((row) => row.kind !== 'same')
        .map((row) => row.right?.segments.map((s) => s.text).join('')),
    ).toEqual(['社会资本', '300', '450']);
  });

  it('shows a row removed as its cells deleted', () => {
    const after = edited((table) => {
      table.rows.splice(2, 1);
    });
    const comparison = compareLetters({ content: letter(fundsTable()) }, { content: letter(after) });
    expect(changeTableRows(comparison).map((row) => row.note)).toEqual(['删除原表 1 第 3 行第 1 列', '删除原表 1 第 3 行第 2 列', '删除原表 1 第 3 行第 3 列']);
    expect(comparison.summary.charsRemoved).toBe([...'市级补助12001500'].length);
  });

  it('names a paragraph after the table by the paragraphs the clerk counts, not by the cells before it', () => {
    const closing = (text: string): Block => ({ role: 'closing', inlines: [{ t: 'text', text }] });
    const comparison = compareLetters(
      { content: { version: 1, blocks: [opening, fundsTable(), closing('感谢您对我们工作的关心。')] } },
      { content: { version: 1, blocks: [opening, fundsTable(), closing('感谢您对我们工作的关心和支持。')] } },
    );
    expect(changeTableRows(comparison).map((row) => row.note)).toEqual(['第 2 段，改动 1 处']);
  });

  it('finds nothing between the same table twice, and counts no separators as changed text', () => {
    const comparison = compareLetters({ content: letter(fundsTable()) }, { content: letter(fundsTable()) });
    expect(comparison.changes).toEqual([]);
    expect(comparison.summary).toEqual({ paragraphsChanged: 0, charsAdded: 0, charsRemoved: 0 });
  });
});
