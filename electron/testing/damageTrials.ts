import Database from 'better-sqlite3';
import JSZip from 'jszip';
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiError } from '../../shared/api/errors';
import { EMPTY_PROFILE } from '../../shared/profile/bureauProfile';
import { liuzhou2023Letter } from '../../shared/structure/fixtures/liuzhou2023';
import { DatabaseFromNewerAppError } from '../db/migrate';
import { SUMMED_TABLES } from '../db/rowSums/rowSums';
import { linkToCase } from '../services/drafts/records/draftWrites';
import { refreshIndexes } from '../services/search/searchIndex';
import { runCli } from '../cli/run';
import { flipBytesAt, type ByteRange } from './flipBytes';
import { makeLetter, seededRandom } from './sampleLetters';
import { fakeIo } from './storeFixture';
import { openTestSession } from './storeSessionKit';
import { makeTestContext } from './testContext';

/**
 * Test support for the random-damage runs: a store holding the example letter as a clerk leaves it
 * (imported, checkpointed, edited, filed under its case, commented on), copied
 * and damaged byte by byte, then checked and read the way a clerk and the CLI read it.
 */
export interface DamageSubject {
  file: string;
  draftId: string;
  caseId: string;
  /** Where the draft's own rows are stored: the cell areas of the pages of its tables. */
  aimed: ByteRange[];
}

const PAGE_HEADER_CELL_START = 5;

/** The pages holding the summed tables' rows (b-tree cells and overflow), as byte ranges of the file. */
function pagesOfRows(file: string): ByteRange[] {
  const db = new Database(file, { readonly: true });
  try {
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const pages = db
      .prepare(`SELECT DISTINCT pageno, pagetype FROM dbstat WHERE name IN (${SUMMED_TABLES.map(() => '?').join(', ')}) ORDER BY pageno`)
      .all(...SUMMED_TABLES) as { pageno: number; pagetype: string }[];
    const image = readFileSync(file);
    return pages.map(({ pageno, pagetype }) => {
      const start = (pageno - 1) * pageSize;
      if (pagetype === 'overflow') return { from: start + 4, to: start + pageSize };
      const header = start + (pageno === 1 ? 100 : 0);
      const cells = image.readUInt16BE(header + PAGE_HEADER_CELL_START) || 65536;
      return { from: start + Math.min(cells, pageSize - 1), to: start + pageSize };
    });
  } finally {
    db.close();
  }
}

/**
 * The store every trial starts from: one self-contained file (no WAL beside it). `indexed`: the
 * search index built, as the app builds it at idle; without, as right after `dafu import`.
 */
export async function damageSubject({ indexed }: { indexed: boolean }): Promise<DamageSubject> {
  const dir = mkdtempSync(join(tmpdir(), 'dafu-damage-src-'));
  const file = join(dir, 'pristine.sqlite3');
  const { ctx, handlers, advance } = makeTestContext(file);
  await handlers['profile.save']({ ...EMPTY_PROFILE, fullName: '柳州市市场监督管理局', shortName: '柳州市市场监管局', signature: '柳州市市场监督管理局' });
  await handlers['users.set']({ id: randomUUID(), name: '李科长', unit: '综合科', role: 'drafter', permissions: [] } as never);
  const draft = await handlers['drafts.import']({ fileName: '011号提案答复.txt', text: liuzhou2023Letter });
  const checkpoint = await handlers['revisions.checkpoint']({ draftId: draft.id, note: '初稿' });
  advance(30 * 60_000);
  const edited = {
    ...draft.content,
    blocks: [
      ...draft.content.blocks.slice(0, -2),
      { role: 'body' as const, inlines: [{ t: 'text' as const, text: '下一步，我们将继续加大质量基础设施建设力度，推动质量强市建设再上新台阶。' }] },
      ...draft.content.blocks.slice(-2),
    ],
  };
  await handlers['drafts.save']({ draftId: draft.id, base: { revisionId: checkpoint.id, seq: draft.base.seq }, content: edited, fields: draft.fields });
  const filed = await handlers['cases.save']({
    facts: {
      kind: 'zhengxie',
      session: '十三届三次会议',
      number: '011',
      title: '关于发挥质量强市标杆作用加快推动高标准市场体系建设的建议',
      proposer: '九三学社柳州市委员会',
      coProposers: [],
      role: 'lead',
      assignedOn: '2023-03-20',
      dueOn: '2023-06-20',
      replyType: 'A',
      disclosure: '公开',
      docNumber: '',
      signer: '',
      handler: '王晶',
      handlerPhone: '0772-1234567',
      leadUnit: '柳州市市场监督管理局',
      otherUnits: '柳州市工业和信息化局',
      proposalText: '建议发挥质量强市标杆作用，加快推动高标准市场体系建设。',
    },
  });
  linkToCase(ctx.db, draft.id, filed.case.id);
  const opened = await handlers['drafts.get']({ draftId: draft.id });
  const block = opened.content.blocks.findIndex((candidate) => candidate.inlines.some((run) => run.t === 'text' && run.text.includes('螺蛳粉')));
  const text = opened.content.blocks[block].inlines.map((run) => (run.t === 'text' ? run.text : '')).join('');
  const start = text.indexOf('螺蛳粉');
  const thread = await handlers['comments.add']({
    draftId: draft.id,
    anchor: { block, start, end: start + 3, quote: '螺蛳粉' },
    body: '请写全称「柳州螺蛳粉」',
  });
  await handlers['comments.reply']({ commentId: thread.id, body: '已改' });
  // A draft written and thrown away, as happens: its pages stay in the file as free space.
  const scratch = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
  await handlers['drafts.save']({ draftId: scratch.id, base: scratch.base, content: makeLetter(40_000, 7), fields: scratch.fields });
  if (indexed) refreshIndexes(ctx.db);
  await handlers['drafts.delete']({ draftId: scratch.id });
  await handlers['drafts.purge']({ draftId: scratch.id, confirm: true });
  if (indexed) refreshIndexes(ctx.db);
  ctx.db.pragma('wal_checkpoint(TRUNCATE)');
  ctx.db.pragma('journal_mode = DELETE');
  ctx.db.close();
  return { file, draftId: draft.id, caseId: filed.case.id, aimed: pagesOfRows(file) };
}

/** What reaches a letter or a decision, read the way the clerk and the CLI read it. */
type Outcome<T> = { kind: 'read'; value: T } | { kind: 'refused'; message: string };

interface Reading {
  txt: Outcome<string>;
  docx: Outcome<string>;
  review: Outcome<unknown>;
  comments: Outcome<unknown>;
  caseFacts: Outcome<unknown>;
}

/**
 * A refusal that names damage, in Chinese: what the clerk must see instead of a wrong letter. A
 * flipped version number in the file's header reads as a file from a newer app: refused too.
 */
const NAMES_DAMAGE = /损坏|不符|更新版本/;

class UntypedFailure extends Error {}

async function refusedOrRead<T>(read: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { kind: 'read', value: await read() };
  } catch (error) {
    if (error instanceof UntypedFailure) throw error;
    if (error instanceof ApiError && NAMES_DAMAGE.test(error.message)) return { kind: 'refused', message: error.message };
    throw new UntypedFailure(`refused without naming the damage: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
}

/**
 * The letter's document.xml. Its bookmark ids come from a counter in the docx library that runs on
 * from one export to the next in a process, so they are numbered in order of appearance here.
 */
async function documentXml(file: string): Promise<string> {
  const xml = await (await JSZip.loadAsync(readFileSync(file))).file('word/document.xml')!.async('string');
  const ids = new Map<string, number>();
  return xml.replace(/(<w:bookmark(?:Start|End)\b[^>]*\bw:id=")(\d+)"/g, (_, head: string, id: string) => {
    if (!ids.has(id)) ids.set(id, ids.size + 1);
    return `${head}${ids.get(id)}"`;
  });
}

/** `dafu export` for both files, then the review state, comments and case facts through the services. */
async function readAll(subject: DamageSubject, file: string): Promise<Reading> {
  const txtFile = `${file}.txt`;
  const docxFile = `${file}.docx`;
  const { io, err } = fakeIo();
  const exit = await runCli(['export', subject.draftId, '--txt', txtFile, '--docx', docxFile, '--db', file], io);
  let txt: Outcome<string>;
  let docx: Outcome<string>;
  if (exit === 0) {
    txt = { kind: 'read', value: readFileSync(txtFile, 'utf8') };
    docx = { kind: 'read', value: await documentXml(docxFile) };
  } else {
    const message = err.join('\n');
    if (!NAMES_DAMAGE.test(message) || /程序出错了/.test(message)) throw new UntypedFailure(`dafu export failed without naming the damage: ${message}`);
    if (existsSync(txtFile) || existsSync(docxFile)) throw new UntypedFailure('dafu export refused yet wrote a file');
    txt = { kind: 'refused', message };
    docx = { kind: 'refused', message };
  }
  let session: ReturnType<typeof openTestSession>;
  try {
    session = openTestSession(file);
  } catch (error) {
    if (!(error instanceof DatabaseFromNewerAppError)) throw error;
    const refused = { kind: 'refused' as const, message: error.message };
    return { txt, docx, review: refused, comments: refused, caseFacts: refused };
  }
  try {
    const handlers = session.handlers();
    return {
      txt,
      docx,
      review: await refusedOrRead(async () => {
        const status = await handlers['review.status']({ draftId: subject.draftId });
        return { state: status.state, log: status.log };
      }),
      comments: await refusedOrRead(async () => handlers['comments.list']({ draftId: subject.draftId })),
      caseFacts: await refusedOrRead(async () => (await handlers['cases.get']({ caseId: subject.caseId })).facts),
    };
  } finally {
    session.close();
  }
}

export interface DamageTally {
  trials: number;
  /** `dafu check` said what is damaged (or refused the file). */
  detected: number;
  /** `dafu check` passed, and every output is identical to the undamaged copy's. */
  harmless: number;
  /** An output differs from the undamaged copy's without a word, or `dafu check` passed a copy a read then refused. Must stay 0. */
  silentlyWrong: number;
  /** Of the detected: reads that refused (naming the damage) rather than answer. */
  refusedReads: number;
  /** Trial numbers of the silently wrong copies, with what differed. */
  wrong: string[];
}

/** Bytes flipped in each copy, and how many of them are aimed at the draft's own rows, trial by trial. */
const FLIPS = 16;
const AIMED = [8, 2, 0, 16] as const;

const same = (a: Outcome<unknown>, b: Outcome<unknown>) => a.kind === 'read' && b.kind === 'read' && JSON.stringify(a.value) === JSON.stringify(b.value);

/**
 * Copies the subject `trials` times and flips 16 bytes in each at seeded offsets, some anywhere in
 * the file and some (from none to all, trial by trial) in the cells of the pages holding the draft's
 * own rows. Each copy is checked with
 * `dafu check`, then read; any failure that does not name the damage fails the run.
 */
export async function runDamageTrials(
  subject: DamageSubject,
  trials: number,
  seed: number,
  onProgress?: (done: number, tally: DamageTally) => void,
): Promise<DamageTally> {
  const dir = mkdtempSync(join(tmpdir(), 'dafu-damage-'));
  const reference = join(dir, 'reference.sqlite3');
  copyFileSync(subject.file, reference);
  const expected = await readAll(subject, reference);
  const pristine = readFileSync(subject.file);
  const random = seededRandom(seed);
  const tally: DamageTally = { trials, detected: 0, harmless: 0, silentlyWrong: 0, refusedReads: 0, wrong: [] };
  try {
    for (let i = 0; i < trials; i++) {
      const file = join(dir, `trial-${i}.sqlite3`);
      const image = Buffer.from(pristine);
      const aimed = AIMED[i % AIMED.length];
      flipBytesAt(image, FLIPS - aimed, random);
      flipBytesAt(image, aimed, random, subject.aimed);
      writeFileSync(file, image);
      const { io, err } = fakeIo();
      const exit = await runCli(['check', '--db', file], io);
      if (err.some((line) => /程序出错了/.test(line))) throw new Error(`trial ${i}: dafu check failed untyped: ${err.join(' ')}`);
      const detected = exit !== 0 || err.length > 0;
      let reading: Reading;
      try {
        reading = await readAll(subject, file);
      } catch (error) {
        throw new Error(`trial ${i}: ${error instanceof Error ? error.message : String(error)}`);
      }
      const parts = Object.keys(expected) as (keyof Reading)[];
      const differing = parts.filter((part) => reading[part].kind === 'read' && !same(reading[part], expected[part]));
      const refused = parts.filter((part) => reading[part].kind === 'refused');
      if (differing.length > 0 || (!detected && refused.length > 0)) {
        tally.silentlyWrong += 1;
        tally.wrong.push(`trial ${i}: ${differing.length > 0 ? `differs: ${differing.join(', ')}` : `check passed, refused: ${refused.join(', ')}`}`);
      } else if (detected) {
        tally.detected += 1;
        if (refused.length > 0) tally.refusedReads += 1;
      } else tally.harmless += 1;
      for (const suffix of ['', '-wal', '-shm', '-journal', '.txt', '.docx']) rmSync(file + suffix, { force: true });
      rmSync(join(dir, 'backups'), { recursive: true, force: true });
      onProgress?.(i + 1, tally);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return tally;
}
