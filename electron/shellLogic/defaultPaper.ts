import type { CallOutput } from '../../shared/api/contract';

export type PaperCheck = CallOutput<'shell.paper'>;
/** Runs a program and gives its standard output; rejects when it is missing or fails. */
export type RunProgram = (file: string, args: string[]) => Promise<string>;

/** `lpstat -d`: 「system default destination: HP_LaserJet」 (or the Chinese locale's 「系统默认目的地：…」). */
export function parseCupsDefaultPrinter(output: string): string | undefined {
  const match = /(?:destination|目的地)\s*[:：]\s*(\S+)/.exec(output);
  return match?.[1];
}

/** `lpoptions -p NAME -l`: the PageSize line marks the default choice with a star, e.g. 「PageSize/Media Size: Letter *A4 Legal」. */
export function parseCupsPageSize(output: string): string | undefined {
  const line = output.split('\n').find((candidate) => /^(PageSize|media)\b/i.test(candidate.trim()));
  return line
    ?.split(/\s+/)
    .find((choice) => choice.startsWith('*'))
    ?.slice(1);
}

/** The PowerShell line below prints 「printer<TAB>paper」. */
export function parseWindowsPaper(output: string): { printer: string; paper: string } | undefined {
  const [printer, paper] = output.trim().split('\t');
  return printer && paper ? { printer, paper } : undefined;
}

const WINDOWS_QUERY =
  '$p = Get-CimInstance Win32_Printer -Filter \'Default=TRUE\' | Select-Object -First 1; if ($p) { $c = Get-PrintConfiguration -PrinterName $p.Name; "$($p.Name)`t$($c.PaperSize)" }';

function classify(printer: string | undefined, paper: string | undefined): PaperCheck {
  if (!printer || !paper) return { status: 'unknown', ...(printer ? { printer } : {}) };
  return { status: /(^|[^a-z])a4([^a-z0-9]|$)/i.test(paper) ? 'a4' : 'other', printer, paper };
}

/**
 * The default printer's paper, asked of the system the way its own tools do (CUPS on Linux, the
 * print-management cmdlets on Windows). Any failure is 'unknown': the print dialog still asks for A4.
 */
export async function readDefaultPaper(platform: NodeJS.Platform, run: RunProgram): Promise<PaperCheck> {
  try {
    if (platform === 'win32') {
      const found = parseWindowsPaper(await run('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', WINDOWS_QUERY]));
      return classify(found?.printer, found?.paper);
    }
    const printer = parseCupsDefaultPrinter(await run('lpstat', ['-d']));
    if (!printer) return { status: 'unknown' };
    return classify(printer, parseCupsPageSize(await run('lpoptions', ['-p', printer, '-l'])));
  } catch {
    return { status: 'unknown' };
  }
}
