import { describe, expect, it } from 'vitest';
import type { TableCell } from '../model/document';
import { cell, fundsTable, textTable } from '../model/fixtures/sampleTables';
import { tableIsTooWide, tableMinWidthMm, tablePrintsTurned, textWidthChars, wrappedLines } from './tableFit';
import { tableMarkup } from './tableMarkup';

const textOf = (cell: TableCell) => cell.inlines.map((run) => (run.t === 'text' ? run.text : '')).join('');
const tooWide = (block: ReturnType<typeof textTable>) => tableIsTooWide(block.table!, textOf);

/** A 附表 of projects: 序号, 项目名称 and as many more columns as asked, each headed by a four-character name. */
function projects(extraColumns: readonly string[]) {
  return textTable([
    ['序号', '项目名称', ...extraColumns],
    ['1', '城区老旧小区改造', ...extraColumns.map(() => '按计划推进')],
  ]);
}

describe('whether a table fits the 版心 or prints on a turned (横排) page', () => {
  it('counts Chinese characters as one, figures and Latin letters as half, and a figure never breaks', () => {
    expect(textWidthChars('项目名称')).toEqual({ whole: 4, unbreakable: 1 });
    expect(textWidthChars('12,345.67')).toEqual({ whole: 4.5, unbreakable: 4.5 });
    expect(textWidthChars('2023年')).toEqual({ whole: 3, unbreakable: 2 });
    expect(textWidthChars('第一行\n第二行更长')).toEqual({ whole: 5, unbreakable: 1 });
  });

  it('counts the lines text wraps to in a column, each line of a cell apart', () => {
    expect(wrappedLines('项目名称', 4)).toBe(1);
    expect(wrappedLines('城区老旧小区改造工程', 4)).toBe(3);
    expect(wrappedLines('第一行\n第二行', 10)).toBe(2);
    expect(wrappedLines('', 4)).toBe(1);
  });

  it('keeps the usual funds table (three columns, merged header) on the upright page', () => {
    expect(tableIsTooWide(fundsTable().table!, textOf)).toBe(false);
    expect(tableMinWidthMm(fundsTable().table!, textOf)).toBeLessThan(80);
  });

  it('keeps seven columns upright, and turns the page for eight or more', () => {
    const names = ['建设内容', '责任单位', '完成时限', '资金来源', '进展情况', '备注说明', '联系科室', '督办意见'];
    expect(tooWide(projects(names.slice(0, 5)))).toBe(false);
    expect(tooWide(projects(names.slice(0, 6)))).toBe(true);
    expect(tooWide(projects(names))).toBe(true);
  });

  it('lets many narrow columns of short figures stay upright', () => {
    const months = Array.from({ length: 12 }, (_, index) => `${index + 1}月`);
    expect(tooWide(textTable([months, months.map((_, index) => String(index * 3))]))).toBe(false);
  });

  it('turns a table the clerk set to 横排此表 even when it fits, its 表题 and unit line with it', () => {
    const table = { ...fundsTable().table!, turned: true as const };
    expect(tablePrintsTurned(table, textOf)).toBe(true);
    expect(tablePrintsTurned(fundsTable().table!, textOf)).toBe(false);
    const markup = tableMarkup(
      table,
      [{ t: 'text', text: '表1' }],
      0,
      () => '',
      () => '',
    );
    expect(markup.map((element) => / turn\b/.test(element.slice(0, element.indexOf('>'))))).toEqual([true, true, true]);
  });

  it('turns a table whose long figures alone are wider than the 版心', () => {
    const figures = Array.from({ length: 6 }, () => '1,234,567,890.12');
    expect(tooWide(textTable([figures.map((_, index) => `列${index + 1}`), figures]))).toBe(true);
  });

  it('does not let a cell merged across columns widen any one column', () => {
    const heading = cell('二〇二三年至二〇二五年各年度资金安排及完成情况汇总', { colSpan: 2 });
    const table = {
      ...textTable([['项目', '2023年', '2024年']]).table!,
      rows: [{ cells: [cell('项目'), heading] }, { cells: [cell('市级'), cell('1'), cell('2')] }],
    };
    expect(tableIsTooWide(table, textOf)).toBe(false);
  });
});
