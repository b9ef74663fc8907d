import { afterEach, beforeEach } from 'vitest';
import { runCli } from '../cli/run';
import { fakeIo } from './storeFixture';

/** `dafu …` in a test: its exit code, its lines, and all it printed as one text. */
export async function dafuLines(...args: string[]) {
  const { io, out, err } = fakeIo();
  const code = await runCli(args, io);
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
