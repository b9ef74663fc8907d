/**
 * Page setup for every PDF and print job. The pages are already 210 × 297 mm boxes laid out by
 * layoutPages(); the printer must add no margins and no scaling of its own.
 */
export const PLAYWRIGHT_PDF_OPTIONS = {
  preferCSSPageSize: true,
  printBackground: true,
  margin: { top: '0', right: '0', bottom: '0', left: '0' },
  scale: 1,
} as const;

/** Electron webContents.printToPDF: margins are in inches and there is no marginType. */
export const ELECTRON_PRINT_TO_PDF_OPTIONS = {
  pageSize: 'A4',
  preferCSSPageSize: true,
  printBackground: true,
  margins: { top: 0, bottom: 0, left: 0, right: 0 },
  scale: 1,
  landscape: false,
  generateDocumentOutline: false,
} as const;

/** Electron webContents.print: the system dialog, A4 at 100 %, copies, page ranges and duplex left to the user. */
export const ELECTRON_PRINT_OPTIONS = {
  silent: false,
  printBackground: true,
  pageSize: 'A4',
  margins: { marginType: 'none' },
  scaleFactor: 100,
  landscape: false,
} as const;

/** Electron reports a print dialog the clerk closed as a failure with one of these reasons. */
export function isCancellation(reason: string): boolean {
  return /cancel/i.test(reason);
}
