import type ExcelJS from 'exceljs';

/** exceljs takes a quarter of a second to load: it is loaded when a sheet is first written, not at start. */
export async function loadExcel(): Promise<typeof ExcelJS> {
  return ((await import('exceljs')) as unknown as { default: typeof ExcelJS }).default;
}

/** A sheet of text cells as .xlsx bytes (base64), the header bold and frozen, long cells wrapped. */
export async function textSheetBase64(name: string, rows: readonly (readonly string[])[], widths: readonly number[]): Promise<string> {
  const workbook = new (await loadExcel()).Workbook();
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = widths.map((width) => ({ width, style: { alignment: { wrapText: true, vertical: 'top' } } }));
  for (const row of rows) sheet.addRow([...row]);
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}
