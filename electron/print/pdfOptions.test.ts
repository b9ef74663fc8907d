import { describe, expect, it } from 'vitest';
import { ELECTRON_PRINT_OPTIONS, ELECTRON_PRINT_TO_PDF_OPTIONS, isCancellation, PLAYWRIGHT_PDF_OPTIONS } from './pdfOptions';
import { resolveChromium } from './chromiumPath';

describe('print job options', () => {
  it('asks every printer for A4 at 100 % with no margins of its own and the CSS page size', () => {
    expect(ELECTRON_PRINT_TO_PDF_OPTIONS).toMatchObject({
      pageSize: 'A4',
      preferCSSPageSize: true,
      printBackground: true,
      scale: 1,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    });
    expect(ELECTRON_PRINT_OPTIONS).toMatchObject({ pageSize: 'A4', scaleFactor: 100, margins: { marginType: 'none' }, silent: false });
    expect(PLAYWRIGHT_PDF_OPTIONS).toMatchObject({ preferCSSPageSize: true, printBackground: true, scale: 1 });
  });

  it('finds the Chromium from the option, then DAFU_CHROMIUM, and names a missing one in Chinese', () => {
    expect(resolveChromium(process.execPath, {})).toBe(process.execPath);
    expect(resolveChromium(undefined, { DAFU_CHROMIUM: process.execPath })).toBe(process.execPath);
    expect(() => resolveChromium('/没有/chromium', {})).toThrow('找不到浏览器程序“/没有/chromium”');
  });

  it('tells a closed print dialog from a failed print job', () => {
    expect(isCancellation('Print job canceled')).toBe(true);
    expect(isCancellation('cancelled')).toBe(true);
    expect(isCancellation('Print job failed')).toBe(false);
  });
});
