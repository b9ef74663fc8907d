import { afterEach, beforeEach } from 'vitest';
import { runCli } from '../cli/run';
import { fakeIo } from './storeFixture';

async function run(argv: readonly string[], stdin?: string) {
  const { io, out, err } = fakeIo(stdin);
  return { code: await runCli(argv, io), out, err };
}

/** `dafu …` as typed at the PC, `stdin` all of its standard input: its exit code and what it printed. */
export async function dafu(argv: string[], stdin = '') {
  const { code, out, err } = await run(argv, stdin);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** `dafu …` in a test: its exit code, its lines, and all it printed as one text. */
export async function dafuLines(...args: string[]) {
  const { code, out, err } = await run(args);
  return { code, out, err, text: [...out, ...err].join('\n') };
}

/** The signing PIN every `dafu` command of this file reads from DAFU_PIN, as IT's scripts set it. */
export function usePin(pin: string) {
  let previousPin: string | undefined;
  beforeEach(() => {
    previousPin = process.env.DAFU_PIN;
    process.env.DAFU_PIN = pin;
  });
  afterEach(() => {
    if (previousPin === undefined) delete process.env.DAFU_PIN;
    else process.env.DAFU_PIN = previousPin;
  });
}
