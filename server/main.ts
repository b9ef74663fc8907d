// The team server's entry point: `node --import tsx server/main.ts <step> …`, also reached as
// `dafu server <step> …` from a checkout (electron/cli/commands/server.ts spawns this file).
import { runServerCli } from './cli/run';

const stopSignal = new Promise<void>((resolve) => {
  process.once('SIGINT', () => resolve());
  process.once('SIGTERM', () => resolve());
});

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

runServerCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readStdin,
  env: process.env,
  stopSignal,
}).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`dafu server: 程序出错了：${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
