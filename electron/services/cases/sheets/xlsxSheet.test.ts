import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sheetRows, xlsxFile } from '../../../testing/hostile/officeFiles';
import { writeZip } from '../../../testing/hostile/zipWriter';
import { readXlsx } from './xlsxSheet';

describe('an .xlsx 交办清单', () => {
  it('reads what Excel writes: shared strings, rich text, numbers, booleans, formula results and date cells as dates', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('空白页');
    const sheet = workbook.addWorksheet('清单');
    sheet.addRow(['编号', '标题', '交办日期', '期限', '份数', '已答复']);
    sheet.addRow([
      11,
      { richText: [{ text: '关于' }, { text: '停车', font: { bold: true } }, { text: '的建议' }] },
      new Date(Date.UTC(2026, 0, 31)),
      { formula: 'C2+30', result: new Date(Date.UTC(2026, 2, 2)) },
      1.5,
      true,
    ]);
    sheet.getCell('D2').numFmt = 'yyyy"年"m"月"d"日"';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await readXlsx('清单.xlsx', bytes)).toEqual({
      rows: [
        ['编号', '标题', '交办日期', '期限', '份数', '已答复'],
        ['11', '关于停车的建议', '2026-01-31', '2026-03-02', '1.5', 'true'],
      ],
      width: 6,
    });
  });

  it('reads a sheet whose tags carry a namespace prefix, leaving phonetic guides out of the text', async () => {
    const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const rels = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const bytes = writeZip([
      {
        name: '_rels/.rels',
        pieces: [
          {
            data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${rels}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
          },
        ],
      },
      {
        name: 'xl/workbook.xml',
        pieces: [
          {
            data: `<x:workbook xmlns:x="${ns}" xmlns:r="${rels}"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="表" sheetId="1" r:id="constructor"/></x:sheets></x:workbook>`,
          },
        ],
      },
      {
        name: 'xl/_rels/workbook.xml.rels',
        pieces: [
          {
            data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="constructor" Type="${rels}/worksheet" Target="sheets/表1.xml"/><Relationship Id="s" Type="${rels}/sharedStrings" Target="strings.xml"/><Relationship Id="t" Type="${rels}/styles" Target="styles.xml"/></Relationships>`,
          },
        ],
      },
      {
        name: 'xl/strings.xml',
        pieces: [
          {
            data: `<x:sst xmlns:x="${ns}"><x:si><x:r><x:t>案</x:t></x:r><x:r><x:t>由</x:t></x:r><x:rPh sb="0" eb="2"><x:t>あんゆ</x:t></x:rPh></x:si></x:sst>`,
          },
        ],
      },
      {
        name: 'xl/styles.xml',
        pieces: [
          {
            data: `<x:styleSheet xmlns:x="${ns}"><x:cellStyleXfs><x:xf numFmtId="14"/></x:cellStyleXfs><x:cellXfs><x:xf numFmtId="0"/><x:xf numFmtId="31"/></x:cellXfs></x:styleSheet>`,
          },
        ],
      },
      {
        name: 'xl/sheets/表1.xml',
        pieces: [
          {
            data: `<x:worksheet xmlns:x="${ns}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>A &amp; B &#x4E00;</x:t></x:is></x:c></x:row><x:row r="2"><x:c r="A2" s="1"><x:v>0</x:v></x:c><x:c r="B2" s="0"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
          },
        ],
      },
    ]);
    expect(await readXlsx('清单.xlsx', bytes)).toEqual({
      rows: [
        ['案由', 'A & B 一'],
        ['1904-01-01', '0'],
      ],
      width: 2,
    });
  });

  it('keeps only cells with content: formatting down to the last row costs nothing', async () => {
    const blankRows = Array.from({ length: 50_000 }, (_, i) => `<row r="${i + 3}" s="1" customFormat="1"><c r="A${i + 3}" s="1"/></row>`).join('');
    const bytes = xlsxFile({
      sheetData: [
        {
          data:
            sheetRows([
              ['编号', '标题'],
              ['011', '关于停车的建议'],
            ]) + blankRows,
        },
      ],
    });
    expect(await readXlsx('清单.xlsx', bytes)).toEqual({
      rows: [
        ['编号', '标题'],
        ['011', '关于停车的建议'],
      ],
      width: 2,
    });
  });

  it('refuses a file that is not a workbook, and an old .xls, in plain words', async () => {
    await expect(readXlsx('清单.xlsx', new TextEncoder().encode('not a zip'))).rejects.toThrow('「清单.xlsx」打不开，不像 Excel 表格（.xlsx）');
    await expect(readXlsx('清单.xlsx', writeZip([{ name: 'word/document.xml', pieces: [{ data: '<w:document/>' }] }]))).rejects.toThrow('不像 Excel 表格');
  });
});
