import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { LetterDocument } from '../../shared/model/document';
import { startCliServices } from '../cli/common/cliServices';
import { dafu, usePin } from './cliSuite';

/**
 * Test support for desktop stores syncing through a real team server on a real PostgreSQL cluster
 * (the run's shared one). The tests hand in the server's own test support (server/testing), which the
 * desktop code never imports.
 */
export function syncSuite<Cluster extends { stop(): void }>(name: string, startCluster: () => Cluster | Promise<Cluster>) {
  const state = { cluster: undefined as Cluster | undefined, dir: '' };
  beforeAll(async () => {
    state.cluster = await startCluster();
    state.dir = mkdtempSync(join(tmpdir(), `dafu-${name}-`));
  }, 60_000);
  afterAll(() => {
    state.cluster?.stop();
    rmSync(state.dir, { recursive: true, force: true });
  });
  usePin('246813-pin');
  return state;
}

export { dafu };

/** `dafu …` that must succeed; returns what it printed. */
export async function ok(argv: string[], stdin = '') {
  const result = await dafu(argv, stdin);
  expect(result.err).toBe('');
  return result.out;
}

/** One call on a PC's store, as the app makes it. */
export async function on<T>(db: string, name: string, input: unknown): Promise<T> {
  const services = startCliServices(db);
  try {
    const result = await (services.dispatch as (name: string, input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>)(
      name,
      input,
    );
    if (!result.ok) throw new Error(`${name}: ${result.error!.message}`);
    return result.value as T;
  } finally {
    services.close();
  }
}

/** Types a paragraph into the draft and closes it: the close cuts an automatic revision. */
export async function typeAndClose(db: string, draftId: string, text: string) {
  const draft = await on<{ base: string; content: LetterDocument; fields: Record<string, string> }>(db, 'drafts.get', { draftId });
  const content: LetterDocument = { ...draft.content, blocks: [...draft.content.blocks, { role: 'body', inlines: [{ t: 'text', text }] }] };
  await on(db, 'drafts.save', { draftId, base: draft.base, content, fields: draft.fields });
  await on(db, 'drafts.close', { draftId });
}

export async function sync(db: string) {
  return JSON.parse(await ok(['sync', '--json', '--db', db])) as { refused: unknown[]; status: { label: string } };
}

/** A running team server as server/testing starts one, with its way to add an account (returning its enrolment code). */
export interface TestServer {
  pg: string;
  server: { url: string };
  addUser(pg: string, login: string, role: string, password: string, unit: string): Promise<string>;
}

/** PCs of one 科室, each connected to the server as its own account. */
export async function connectedPcs<Running extends TestServer>(running: Running, dir: string, people: { login: string; role: string; cn: string }[]) {
  const pcs: string[] = [];
  for (const person of people) {
    const code = await running.addUser(running.pg, person.login, person.role, 'correct horse 1', '综合科');
    const db = join(dir, `${person.login}-${running.pg.split('/').pop()}`, 'dafu.sqlite3');
    await ok(['user', '--name', person.login, '--unit', '综合科', '--role', person.cn, '--db', db]);
    await ok(['login', running.server.url, '--user', person.login, '--password-stdin', '--enrol', code, '--db', db], 'correct horse 1\n');
    pcs.push(db);
  }
  return { ...running, pcs };
}

/** Two drafters' PCs with 王晶's letter on both. */
export async function twoPcs<Running extends TestServer>(server: Running, dir: string) {
  const running = await connectedPcs(server, dir, [
    { login: '王晶', role: 'drafter', cn: '起草' },
    { login: '赵敏', role: 'drafter', cn: '起草' },
  ]);
  const [a, b] = running.pcs;
  const letter = join(dir, 'letter.txt');
  writeFileSync(letter, '关于加快发展夜间经济的提案的答复\n\n王委员：\n\n您提出的关于加快发展夜间经济的提案收悉。现答复如下。\n');
  const draftId = (JSON.parse(await ok(['import', letter, '--db', a, '--json'])) as { id: string }).id;
  await sync(a);
  await sync(b);
  return { ...running, a, b, draftId };
}
