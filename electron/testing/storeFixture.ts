import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeTestContext } from './testContext';
import { seedStore } from './seedStore';

/** Test support for the store commands: a database file with history, and a fake terminal. */
export async function seededDatabase(prefix: string): Promise<{ file: string; reported: Map<string, string> }> {
  const file = join(mkdtempSync(join(tmpdir(), prefix)), 'dafu.sqlite3');
  const { ctx, handlers } = makeTestContext(file);
  const reported = await seedStore(handlers, { drafts: 2, checkpoints: 2 });
  ctx.db.close();
  return { file, reported };
}

/** A terminal that keeps what was printed; `stdin`, when given, is all of standard input. */
export function fakeIo(stdin?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    out: (line: string) => out.push(line),
    err: (line: string) => err.push(line),
    stopSignal: new Promise<void>(() => {}),
    ...(stdin === undefined ? {} : { readStdin: async () => stdin }),
  };
  return { io, out, err };
}
