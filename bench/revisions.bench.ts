// Revision storage: read time of a random revision in a long history, save time, and how much
// a history of small edits costs next to one compressed full copy (the targets: read p95
// ≤ 20 ms over 500 revisions of a 30,000-character letter; 100 revisions of ~1% edits ≤ 10×).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { brotliCompressSync, constants } from 'node:zlib';
import type { BenchReport } from './run';
import { percentile, round } from './stats';
import { canonicalJson } from '../shared/model/canonicalJson';
import type { LetterDocument } from '../shared/model/document';
import { makeTestContext } from '../electron/testing/testContext';
import { editLetter, makeLetter, seededRandom } from '../electron/testing/sampleLetters';
import { insertRevision, MAX_DELTA_CHAIN, readSnapshot } from '../electron/services/revisions/graph/revisionStore';

const LETTER_CHARS = 30_000;

async function history(count: number, seed: number) {
  const dir = mkdtempSync(join(tmpdir(), 'dafu-bench-revisions-'));
  const { ctx, handlers } = makeTestContext(join(dir, 'dafu.sqlite3'));
  const draft = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
  const random = seededRandom(seed);
  let letter: LetterDocument = makeLetter(LETTER_CHARS, seed);
  let head = draft.base.revisionId;
  const ids: string[] = [];
  const saveMs: number[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0) letter = editLetter(letter, random);
    const fields = { proposalNumber: '011' };
    const started = performance.now();
    head = ctx.db.transaction(
      () =>
        insertRevision(ctx.db, {
          draftId: draft.id,
          kind: 'auto',
          parents: [head],
          author: '王晶',
          time: new Date().toISOString(),
          content: letter,
          fields,
          chars: LETTER_CHARS,
        }).id,
    )();
    saveMs.push(performance.now() - started);
    ids.push(head);
  }
  const close = () => {
    ctx.db.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { ctx, ids, saveMs, first: makeLetter(LETTER_CHARS, seed), close };
}

export async function run(): Promise<BenchReport> {
  const long = await history(500, 1);
  const random = seededRandom(99);
  const readMs: number[] = [];
  for (let i = 0; i < 300; i++) {
    const id = long.ids[Math.floor(random() * long.ids.length)];
    const started = performance.now();
    readSnapshot(long.ctx.db, id);
    readMs.push(performance.now() - started);
  }
  long.close();

  const small = await history(100, 2);
  const stored = small.ctx.db
    .prepare(`SELECT sum(length(body)) FROM revisions WHERE id IN (${small.ids.map(() => '?').join(',')})`)
    .pluck()
    .get(...small.ids) as number;
  const fullCopy = brotliCompressSync(canonicalJson({ content: small.first, fields: { proposalNumber: '011' } }), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 5 },
  }).length;
  small.close();

  return {
    name: 'revision storage',
    rows: [
      {
        case: `read a random one of 500 revisions (${LETTER_CHARS} 字)`,
        p50_ms: round(percentile(readMs, 50)),
        p95_ms: round(percentile(readMs, 95)),
        target: 'p95 ≤ 20 ms',
      },
      {
        case: 'save one revision, commit included (500-revision history)',
        p50_ms: round(percentile(long.saveMs, 50)),
        p95_ms: round(percentile(long.saveMs, 95)),
        target: '—',
      },
      {
        case: `100 revisions, ~1% edits each: ${stored} B vs one full copy ${fullCopy} B`,
        p50_ms: '—',
        p95_ms: '—',
        ratio: round(stored / fullCopy),
        target: 'ratio ≤ 10',
      },
    ],
    notes: [
      `a full copy every ${MAX_DELTA_CHAIN + 1} revisions, deltas against the first parent in between; storing every revision whole would be a ratio of about 100`,
    ],
  };
}
