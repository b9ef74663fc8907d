import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/model/document';
import { fundsTable } from '../../../shared/model/fixtures/sampleTables';
import { blocksToHtml, clipboardBlocks, type ClipboardNode } from './clipboardBlocks';

const parse = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html') as unknown as ClipboardNode;
const text = (value: string) => ({ inlines: value === '' ? [] : [{ t: 'text' as const, text: value }] });
const cellTexts = (block: Block) =>
  block.table!.rows.map((row) =>
    row.cells.map((cell) => [cell.inlines.map((run) => (run.t === 'text' ? run.text : '')).join(''), cell.rowSpan ?? 1, cell.colSpan ?? 1]),
  );

describe('a table pasted from Word, WPS or a web page', () => {
  it('becomes a table with its merged header, figures right-aligned, between the paragraphs around it', () => {
    // As Word puts a table on the clipboard (after DOMPurify): MsoTableGrid, rowspan/colspan, a <p> in each cell.
    const blocks = clipboardBlocks(
      parse(`<p class="MsoNormal">资金安排如下：</p>
        <table class="MsoTableGrid"><tbody>
          <tr><td rowspan="2"><p class="MsoNormal">项目</p></td><td colspan="2"><p class="MsoNormal" style="text-align:center">年度</p></td></tr>
          <tr><td><p class="MsoNormal">2023年</p></td><td><p class="MsoNormal">2024年</p></td></tr>
          <tr><td><p class="MsoNormal">市级<b>补助</b></p></td><td><p class="MsoNormal" style="text-align:right">1200</p></td><td><p class="MsoNormal" style="text-align:right">1500</p></td></tr>
          <tr><td><p class="MsoNormal">区级配套</p><p class="MsoNormal">（含试点）</p></td><td><p style="text-align:right">600</p></td></tr>
        </tbody></table>
        <p class="MsoNormal">专此答复。</p>`),
    );
    expect(blocks.map((block) => block.role)).toEqual(['body', 'table', 'body']);
    const table = blocks[1];
    expect(cellTexts(table)).toEqual([
      [
        ['项目', 2, 1],
        ['年度', 1, 2],
      ],
      [
        ['2023年', 1, 1],
        ['2024年', 1, 1],
      ],
      [
        ['市级补助', 1, 1],
        ['1200', 1, 1],
        ['1500', 1, 1],
      ],
      // A short row is filled with an empty cell.
      [
        ['区级配套\n（含试点）', 1, 1],
        ['600', 1, 1],
        ['', 1, 1],
      ],
    ]);
    expect(table.table!.rows[2].cells[0].inlines).toEqual([
      { t: 'text', text: '市级' },
      { t: 'text', text: '补助', bold: true },
    ]);
    expect(table.table!.columns.map((column) => column.align)).toEqual(['left', 'right', 'right']);
    expect(table.table!.headerRows).toBe(0);
  });

  it('takes rows in <thead> or made of <th> as header rows', () => {
    const [head] = clipboardBlocks(parse('<table><thead><tr><td>项目</td><td>金额</td></tr></thead><tbody><tr><td>补助</td><td>12</td></tr></tbody></table>'));
    const [th] = clipboardBlocks(parse('<table><tr><th>项目</th><th>金额</th></tr><tr><td>补助</td><td>12</td></tr></table>'));
    expect([head.table!.headerRows, th.table!.headerRows]).toEqual([1, 1]);
  });

  it('fills rows out around cells merged down, and reads a table inside a cell as lines of text', () => {
    const [ragged] = clipboardBlocks(parse('<table><tr><td rowspan="2">甲</td><td>乙</td></tr><tr><td colspan="3">丙</td></tr></table>'));
    expect(cellTexts(ragged)).toEqual([
      [
        ['甲', 2, 1],
        ['乙', 1, 1],
        ['', 1, 1],
        ['', 1, 1],
      ],
      [['丙', 1, 3]],
    ]);
    const nested = clipboardBlocks(parse('<table><tr><td>外层<table><tr><td>内一</td><td>内二</td></tr></table></td><td>右</td></tr></table>'));
    expect(nested).toHaveLength(1);
    expect(cellTexts(nested[0])).toEqual([
      [
        ['外层\n内一\u3000内二', 1, 1],
        ['右', 1, 1],
      ],
    ]);
  });

  it('is copied out as a plain HTML table that pastes back as the same table', () => {
    const funds = fundsTable();
    const html = blocksToHtml([funds]);
    expect(html).toContain('<th rowspan="2">项目</th><th colspan="2">年度</th>');
    const [caption, unit, back] = clipboardBlocks(parse(html));
    expect([caption.inlines, unit.inlines]).toEqual([funds.inlines, [{ t: 'text', text: '单位：万元' }]]);
    expect(back.table).toEqual({
      ...funds.table,
      unit: undefined,
      rows: funds.table!.rows.map((row) => ({
        cells: row.cells.map((cell) => ({ ...cell, ...text(cell.inlines.map((run) => (run.t === 'text' ? run.text : '')).join('')) })),
      })),
    });
  });
});
