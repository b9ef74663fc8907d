import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { ApiError } from '../../../shared/api/errors';
import { decodeText } from '../../../shared/structure/decodeText';

type CellValue = ExcelJS.CellValue;

/** A spreadsheet date is a calendar date: exceljs gives it as UTC midnight. */
function isoFromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoFromUtc(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((run) => run.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result as CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value).trim();
}

async function xlsxRows(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ApiError('invalid_input', '这个文件打不开，不像 Excel 表格（.xlsx）。如果是旧的 .xls，请在 Excel 或 WPS 里另存为 .xlsx 后再导入。');
  }
  const sheet = workbook.worksheets.find((candidate) => candidate.actualRowCount > 0);
  if (!sheet) throw new ApiError('invalid_input', '表格里没有内容，请确认选对了交办清单。');
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c += 1) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}

async function csvRows(bytes: Buffer): Promise<string[][]> {
  const text = decodeText(bytes);
  if (text === null) throw new ApiError('invalid_input', '这个 .csv 文件不是文本，请在 Excel 或 WPS 里重新另存为 CSV。');
  const workbook = new ExcelJS.Workbook();
  // Keep every cell as written: 「011」 must not become 11, nor a date a timestamp.
  const sheet = await workbook.csv.read(Readable.from([text.replace(/^\ufeff/, '')]), { map: (datum: string) => datum } as never);
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c += 1) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  });
  return rows;
}

/** The cells of a 交办清单's first non-empty sheet, each as text. */
export async function readSheet(fileName: string, bytes: Buffer): Promise<string[][]> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return csvRows(bytes);
  if (lower.endsWith('.xlsx')) return xlsxRows(bytes);
  if (lower.endsWith('.xls')) throw new ApiError('invalid_input', '旧的 .xls 格式读不了，请在 Excel 或 WPS 里另存为 .xlsx 后再导入。');
  throw new ApiError('invalid_input', `“${fileName}”不是 .xlsx 或 .csv 表格，请选择交办清单的表格文件。`);
}
