import type { CliIo } from './command';

/**
 * Help and messages are written for `dafu`; started as the packaged app (「答复函起草助手.exe check」 on
 * Windows) they name the program the user actually typed.
 */
export function namedFor(io: CliIo): CliIo {
  const program = io.program ?? 'dafu';
  if (program === 'dafu') return io;
  const rename = (line: string) => line.replace(/(^|[\s（(“：])dafu(?=[\s:：])/g, `$1${program}`);
  return { ...io, out: (line) => io.out(rename(line)), err: (line) => io.err(rename(line)) };
}
