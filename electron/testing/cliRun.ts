import { runCli } from '../cli/run';

/** `dafu …` as typed at the PC: its exit code and what it printed. */
export async function dafu(argv: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    stopSignal: new Promise(() => undefined),
    readStdin: async () => stdin,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
