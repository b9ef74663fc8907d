import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { letterPlainText } from '../export/letterText';
import { fundsTable, textTable } from '../model/fixtures/sampleTables';
import type { LetterDocument } from '../model/document';
import { exportLetterDocx, type LetterForExport } from './exportDocx';
import { letterFromDocx } from './letterFromDocx';
import { readDocx } from './readDocx';
import { sampleLetter } from './fixtures/sampleLetter';

const withTable: LetterForExport = {
  ...sampleLetter,
  content: { ...sampleLetter.content, blocks: [...sampleLetter.content.blocks.slice(0, 3), fundsTable(), ...sampleLetter.content.blocks.slice(3)] },
};

async function documentXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
}

const cellText = (texts: string[]) => new TableCell({ children: texts.map((text) => new Paragraph({ children: [new TextRun(text)] })) });

describe('a table through Word', () => {
  it('is written as a real w:tbl: header rows repeated, rows kept whole, merged cells, thin full borders', async () => {
    const xml = await documentXml(await exportLetterDocx(withTable));
    const table = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
    expect(table.match(/<w:tr>/g)).toHaveLength(4);
    expect(table.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    expect(table.match(/<w:cantSplit\/>/g)).toHaveLength(4);
    expect(table).toContain('<w:gridSpan w:val="2"/>');
    expect(table).toContain('<w:vMerge w:val="restart"/>');
    expect(table).toMatch(/<w:insideV w:val="single" w:color="000000" w:sz="4"\/>/);
    // Every cell's paragraph off the 三号 character grid, which LibreOffice would otherwise set 4号 cell text on.
    expect(table.match(/<w:pPr><w:pStyle w:val="DafuTableText"\/><w:snapToGrid w:val="0"\/>/g)).toHaveLength(10);
    expect([...table.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1])).toEqual([
      '项目',
      '年度',
      '2023年',
      '2024年',
      '市级补助',
      '1200',
      '1500',
      '区级配套',
      '600',
      '800',
    ]);
    expect(xml.indexOf('表1 加装电梯补助资金安排')).toBeLessThan(xml.indexOf('单位：万元'));
    expect(xml.indexOf('单位：万元')).toBeLessThan(xml.indexOf('<w:tbl>'));
  });

  it('comes back from a Dafu export as the same table, with its 表题 and unit line', async () => {
    const back = letterFromDocx(await readDocx(await exportLetterDocx(withTable), '答复.docx'));
    expect(back.document).toEqual(withTable.content);
    expect(back.warnings).toEqual([]);
  });

  it('is read from any Word file with its merged cells (gridSpan, vMerge) and header row, among the paragraphs', async () => {
    const merged = (text: string, merge: (typeof VerticalMergeType)[keyof typeof VerticalMergeType]) =>
      new TableCell({ verticalMerge: merge, children: [new Paragraph(text)] });
    const table = new Table({
      rows: [
        new TableRow({ tableHeader: true, children: [cellText(['项目']), new TableCell({ columnSpan: 2, children: [new Paragraph('进度')] })] }),
        new TableRow({ children: [merged('老旧小区改造', VerticalMergeType.RESTART), cellText(['已开工']), cellText(['12个'])] }),
        new TableRow({ children: [merged('', VerticalMergeType.CONTINUE), cellText(['已完工']), cellText(['8个', '（含2个试点）'])] }),
      ],
    });
    const bytes = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph('关于加快老旧小区改造的答复'),
              new Paragraph('王委员：'),
              new Paragraph('进展如下。'),
              table,
              new Paragraph('感谢您的关心。'),
            ],
          },
        ],
      }),
    );
    const back = letterFromDocx(await readDocx(new Uint8Array(bytes), '答复.docx'));
    const tableAt = back.document.blocks.findIndex((block) => block.role === 'table');
    expect(back.document.blocks[tableAt - 1].inlines).toEqual([{ t: 'text', text: '进展如下。' }]);
    expect(back.document.blocks[tableAt + 1].inlines).toEqual([{ t: 'text', text: '感谢您的关心。' }]);
    const kept = back.document.blocks[tableAt].table!;
    expect(kept.headerRows).toBe(1);
    expect(
      kept.rows.map((row) =>
        row.cells.map((cell) => [cell.inlines.map((run) => (run.t === 'text' ? run.text : '')).join(''), cell.rowSpan ?? 1, cell.colSpan ?? 1]),
      ),
    ).toEqual([
      [
        ['项目', 1, 1],
        ['进度', 1, 2],
      ],
      [
        ['老旧小区改造', 2, 1],
        ['已开工', 1, 1],
        ['12个', 1, 1],
      ],
      [
        ['已完工', 1, 1],
        ['8个\n（含2个试点）', 1, 1],
      ],
    ]);
  });

  it('names a picture in the warning and keeps its place as a marked note', async () => {
    const xml = (await documentXml(await exportLetterDocx(sampleLetter))).replace(
      '所提问题已经解决。',
      '所提问题已经解决。</w:t></w:r><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="图片 1" descr="电梯加装现场照片"/></wp:inline></w:drawing></w:r><w:r><w:t>',
    );
    const zip = await JSZip.loadAsync(await exportLetterDocx(sampleLetter));
    zip.file('word/document.xml', xml);
    const back = letterFromDocx(await readDocx(await zip.generateAsync({ type: 'uint8array' }), '答复.docx'));
    expect(letterPlainText(back.document, back.fieldDefinitions, back.fields)).toContain('所提问题已经解决。〔图片：电梯加装现场照片〕');
    expect(back.warnings.join('\n')).toContain('「电梯加装现场照片」');
  });

  it('is written to .txt as tab-separated rows under its 表题 and unit line', () => {
    const letter: LetterDocument = {
      version: 1,
      blocks: [
        fundsTable(),
        textTable([
          ['年份', '金额'],
          ['2023年', '1200'],
        ]),
      ],
    };
    expect(letterPlainText(letter, [], {}).split('\r\n')).toEqual([
      '表1 加装电梯补助资金安排',
      '单位：万元',
      '项目\t年度\t',
      '\t2023年\t2024年',
      '市级补助\t1200\t1500',
      '区级配套\t600\t800',
      '年份\t金额',
      '2023年\t1200',
      '',
    ]);
  });
});
