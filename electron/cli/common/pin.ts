import { createInterface } from 'node:readline';
import { UsageError } from './command';

/** Lines typed into a stdin that is not a terminal (a pipe), read one at a time across prompts. */
let piped: AsyncIterator<string> | undefined;

async function pipedLine(): Promise<string | undefined> {
  piped ??= createInterface({ input: process.stdin, terminal: false })[Symbol.asyncIterator]();
  const next = await piped.next();
  return next.done ? undefined : next.value;
}

/** Reads one line from the terminal without showing it; Ctrl+C gives up. */
function hiddenLine(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let typed = '';
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\u0003') return done(new UsageError('已取消。'));
        if (char === '\r' || char === '\n') return done();
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else if (char >= ' ') typed += char;
      }
    };
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}

/** Asks on the terminal (hidden) or reads the next piped line. */
export async function ask(prompt: string, hidden: boolean): Promise<string> {
  if (process.stdin.isTTY && hidden) return hiddenLine(prompt);
  if (process.stdin.isTTY) process.stderr.write(prompt);
  const line = await pipedLine();
  if (line === undefined) throw new UsageError('没有读到输入。请在终端里运行这个命令，或用环境变量 DAFU_PIN 给出签名口令。');
  return line.trim();
}

/**
 * The PIN for a signing step: the environment variable DAFU_PIN when it is set, otherwise asked on
 * the terminal without echo (or read from a pipe). `twice` asks again to confirm a new PIN.
 */
export async function readPin(prompt = '请输入签名口令：', twice = false): Promise<string> {
  const fromEnv = process.env.DAFU_PIN;
  if (fromEnv) return fromEnv;
  const pin = await ask(prompt, true);
  if (twice && (await ask('请再输入一遍：', true)) !== pin) throw new UsageError('两次输入的签名口令不一样，没有保存。');
  return pin;
}
