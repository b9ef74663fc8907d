import { ApiError } from '../../../../shared/api/errors';
import { readCsv } from './csvSheet';
import type { SheetCells } from './sheetGrid';
import { readXlsx } from './xlsxSheet';

/** The cells of a 交办清单 (.xlsx or .csv) on the thread that calls it; the services call it through sheetThread. */
export async function readSheetHere(fileName: string, bytes: Uint8Array): Promise<SheetCells> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return readCsv(fileName, bytes);
  if (lower.endsWith('.xlsx')) return readXlsx(fileName, bytes);
  if (lower.endsWith('.xls')) throw new ApiError('invalid_input', '旧的 .xls 格式读不了，请在 Excel 或 WPS 里另存为 .xlsx 后再导入。');
  throw new ApiError('invalid_input', `“${fileName}”不是 .xlsx 或 .csv 表格，请选择交办清单的表格文件。`);
}
