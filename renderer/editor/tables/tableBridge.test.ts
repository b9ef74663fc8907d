import { describe, expect, it } from 'vitest';
import { fundsTable, textTable } from '../../../shared/model/fixtures/sampleTables';
import { documentText, type LetterDocument } from '../../../shared/model/document';
import { headlessLetter } from '../fixtures/headlessLetter';
import { $exportLetter } from '../letterBridge';
import { $textParagraphs } from './textParagraphs';

function roundTrip(doc: LetterDocument) {
  const editor = headlessLetter(doc);
  return editor.getEditorState().read(() => ({ back: $exportLetter(), paragraphs: $textParagraphs().map(({ node, role }) => [role, node.getTextContent()]) }));
}

describe('a table in the editor', () => {
  it('opens and saves as the same table: 表题, unit line, header rows, merged cells, right-aligned figures', () => {
    const doc: LetterDocument = {
      version: 1,
      blocks: [
        { role: 'body', inlines: [{ t: 'text', text: '资金安排如下。' }] },
        fundsTable(),
        textTable([
          ['年份', '金额'],
          ['2023年', '1200'],
        ]),
      ],
    };
    expect(roundTrip(doc).back).toEqual(doc);
  });

  it('keeps 横排此表 on the table through the editor', () => {
    const funds = fundsTable();
    const doc: LetterDocument = { version: 1, blocks: [{ ...funds, table: { ...funds.table!, turned: true } }] };
    expect(roundTrip(doc).back).toEqual(doc);
  });

  it('gives find, proofreading and 字数 each cell as a paragraph of its own, in reading order', () => {
    const doc: LetterDocument = { version: 1, blocks: [fundsTable()] };
    const { paragraphs } = roundTrip(doc);
    expect(paragraphs.map(([, text]) => text).join('\n')).toBe(documentText(doc, () => ''));
    expect(paragraphs.slice(2).every(([role]) => role === 'table')).toBe(true);
  });

  it('keeps a cell of two lines as one cell', () => {
    const table = textTable([
      ['项目', '进度'],
      ['老旧小区', '8个\n（含2个试点）'],
    ]);
    const doc: LetterDocument = { version: 1, blocks: [table] };
    expect(roundTrip(doc).back).toEqual(doc);
  });
});
