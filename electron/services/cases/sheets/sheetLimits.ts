import { describeSize } from '../../../../shared/upload/uploadLimits';

/**
 * How large a 交办清单 may be. A bureau's list runs to hundreds of rows and a dozen columns; the
 * limits leave room for ten times that and match what `cases.import` takes as rows.
 */
export const MAX_SHEET_ROWS = 20_000;
export const MAX_SHEET_COLUMNS = 200;

/** The zip of an .xlsx: a list's sheet and shared strings inflate to a few MB. */
export const XLSX_LIMITS = {
  maxEntries: 5_000,
  maxPartBytes: 40 * 1024 * 1024,
  maxTotalBytes: 80 * 1024 * 1024,
};

/** How long reading one file may take, and the memory its thread may use, before it is stopped. */
export const SHEET_READ_BUDGET_MS = 30_000;
export const SHEET_READ_HEAP_MB = 512;

const count = (n: number) => n.toLocaleString('en-US');

export function tooManyRows(fileName: string, row: number): string {
  return `交办清单最多 ${count(MAX_SHEET_ROWS)} 行，「${fileName}」第 ${count(row)} 行还有内容，没有导入。请删去表格下方多余的行，或把清单分成几份分别导入。`;
}

export function tooManyColumns(fileName: string, row: number, column: number): string {
  return `交办清单最多 ${count(MAX_SHEET_COLUMNS)} 列，「${fileName}」第 ${count(row)} 行第 ${count(column)} 列还有内容，没有导入。请删去表格右边多余的列后再导入。`;
}

export function inflatesTooMuch(fileName: string): string {
  return `「${fileName}」解压后大得异常（超过 ${describeSize(XLSX_LIMITS.maxTotalBytes)}，或里面的文件多得异常），不像一份交办清单，可能已损坏，没有导入。请在 Excel 或 WPS 里打开后另存一份再导入。`;
}

export function notXlsx(fileName: string): string {
  return `「${fileName}」打不开，不像 Excel 表格（.xlsx）。如果是旧的 .xls，请在 Excel 或 WPS 里另存为 .xlsx 后再导入。`;
}

export function tookTooLong(fileName: string, budgetMs: number): string {
  return `读「${fileName}」用了 ${Math.round(budgetMs / 1000)} 秒还没读完，已停下，没有导入。请检查表格是否过大（交办清单最多 ${count(MAX_SHEET_ROWS)} 行、${count(MAX_SHEET_COLUMNS)} 列），或在 Excel 或 WPS 里另存一份再导入。`;
}

export function outOfMemory(fileName: string): string {
  return `「${fileName}」太大，读的时候内存不够，已停下，没有导入。请删去表格里多余的内容，或把清单分成几份分别导入。`;
}

export function readCancelled(fileName: string): string {
  return `已停止读取「${fileName}」，没有导入。`;
}
