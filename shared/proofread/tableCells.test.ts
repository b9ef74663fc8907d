import { describe, expect, it } from 'vitest';
import { documentText, type LetterDocument } from '../model/document';
import { cell, textTable } from '../model/fixtures/sampleTables';
import { letterUnits } from '../model/letterUnits';
import { exportFindings } from './codePoints';
import { proofreadParagraphs } from './proofread';

const noField = () => '';

/** A table whose first row ends one cell with 「补助资金」 and starts the next with 「补助资金」. */
function letter(): LetterDocument {
  const table = textTable([
    ['补助资金', '补助资金来源'],
    ['𠮷祥小区加装电梯,', '市级财政'],
  ]);
  table.table!.rows[1].cells[1] = cell('（含2个试点');
  return { version: 1, blocks: [{ role: 'body', inlines: [{ t: 'text', text: '资金安排见下表。' }] }, table] };
}

const check = (doc: LetterDocument) => {
  const units = letterUnits(doc, noField);
  return { text: documentText(doc, noField), findings: proofreadParagraphs(units) };
};

describe('proofreading a letter with a table', () => {
  it('checks the text in each cell and never reads across a cell boundary', () => {
    const { text, findings } = check(letter());
    expect(findings.filter((finding) => finding.rule === 'doubled-word')).toEqual([]);
    const rules = findings.map((finding) => [finding.rule, text.slice(finding.start, finding.end)]);
    expect(rules).toEqual(
      expect.arrayContaining([
        ['halfwidth-punct', ','],
        ['pair-unclosed', '（'],
      ]),
    );
  });

  it('gives offsets into the one plain text, in code points when they leave the program', () => {
    const { text, findings } = check(letter());
    const comma = findings.find((finding) => finding.rule === 'halfwidth-punct')!;
    const [exported] = exportFindings(text, [comma]);
    const before = text.slice(0, comma.start);
    expect(exported.start).toBe([...before].length);
    expect(exported.start).toBe(comma.start - 1);
    expect(exported.excerpt).toContain('加装电梯,');
  });
});
