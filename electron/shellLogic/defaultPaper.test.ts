import { describe, expect, it } from 'vitest';
import { parseCupsDefaultPrinter, parseCupsPageSize, parseWindowsPaper, readDefaultPaper, type RunProgram } from './defaultPaper';

const LPOPTIONS = [
  'PageSize/Media Size: Letter Legal *A4 A5 Env10',
  'Duplex/2-Sided Printing: *None DuplexNoTumble DuplexTumble',
  'Resolution/Resolution: *600dpi',
].join('\n');

function fakeSystem(outputs: Record<string, string>): RunProgram {
  return async (file, args) => {
    const output = outputs[[file, ...args].join(' ')];
    if (output === undefined) throw new Error(`${file}: not found`);
    return output;
  };
}

describe('the default printer and its paper', () => {
  it('reads the CUPS default destination in English and Chinese locales', () => {
    expect(parseCupsDefaultPrinter('system default destination: HP_LaserJet_1020\n')).toBe('HP_LaserJet_1020');
    expect(parseCupsDefaultPrinter('系统默认目的地：Kyocera_M2040\n')).toBe('Kyocera_M2040');
    expect(parseCupsDefaultPrinter('no system default destination\n')).toBeUndefined();
  });

  it('takes the starred PageSize choice', () => {
    expect(parseCupsPageSize(LPOPTIONS)).toBe('A4');
    expect(parseCupsPageSize('PageSize/Media Size: *Letter A4')).toBe('Letter');
    expect(parseCupsPageSize('Duplex/2-Sided Printing: *None')).toBeUndefined();
  });

  it('reads the Windows query line', () => {
    expect(parseWindowsPaper('HP LaserJet Pro\tA4\r\n')).toEqual({ printer: 'HP LaserJet Pro', paper: 'A4' });
    expect(parseWindowsPaper('')).toBeUndefined();
  });

  it('says A4 when the default printer has A4 paper on Linux', async () => {
    const run = fakeSystem({ 'lpstat -d': 'system default destination: HP\n', 'lpoptions -p HP -l': LPOPTIONS });
    await expect(readDefaultPaper('linux', run)).resolves.toEqual({ status: 'a4', printer: 'HP', paper: 'A4' });
  });

  it('warns about Letter paper on Windows', async () => {
    const run: RunProgram = async (file) => (file === 'powershell.exe' ? 'Canon LBP\tLetter\n' : '');
    await expect(readDefaultPaper('win32', run)).resolves.toEqual({ status: 'other', printer: 'Canon LBP', paper: 'Letter' });
  });

  it('does not mistake A4-like names', async () => {
    const run = fakeSystem({ 'lpstat -d': 'system default destination: P\n', 'lpoptions -p P -l': 'PageSize/Media Size: *A45 A4' });
    await expect(readDefaultPaper('linux', run)).resolves.toMatchObject({ status: 'other', paper: 'A45' });
  });

  it('is unknown when there is no printer system or no default printer', async () => {
    await expect(readDefaultPaper('linux', fakeSystem({}))).resolves.toEqual({ status: 'unknown' });
    await expect(readDefaultPaper('linux', fakeSystem({ 'lpstat -d': 'no system default destination\n' }))).resolves.toEqual({ status: 'unknown' });
    await expect(readDefaultPaper('win32', fakeSystem({}))).resolves.toEqual({ status: 'unknown' });
  });
});
