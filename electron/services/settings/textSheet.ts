import ExcelJS from 'exceljs';

/** A sheet of text cells as .xlsx bytes (base64), the header bold and frozen, long cells wrapped. */
export async function textSheetBase64(name: string, rows: readonly (readonly string[])[], widths: readonly number[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = widths.map((width) => ({ width, style: { alignment: { wrapText: true, vertical: 'top' } } }));
  for (const row of rows) sheet.addRow([...row]);
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}
