/**
 * A store as five years of one clerk's work leave it: 5,000 drafts (2% in the 回收站), 200,000
 * revisions, 2,000 cases, 20,000 comments. Written with direct SQL in one transaction (the app's
 * triggers keep row checksums and the search text as they would), revisions stored the way the app
 * stores them (a full copy, then deltas against the previous one up to the chain limit), each with
 * its true content hash, so `dafu check` proves every one. Old automatic revisions are already
 * thinned (one a day) as the daily retention run leaves them; the newest drafts still have theirs
 * every few minutes, so a retention run has real work.
 *
 *   npx tsx bench/fiveYears/generateFiveYears.ts OUT.sqlite3 [SCALE]   (SCALE 0.1 = a tenth of everything)
 */
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { caseKey } from '../../shared/cases/caseKey';
import { canonicalJson } from '../../shared/model/canonicalJson';
import type { Block, LetterDocument } from '../../shared/model/document';
import type { FieldDefinition, FieldValues } from '../../shared/fields/fieldDefinition';
import { resourcesDir } from '../../electron/app/paths';
import { openDatabase, type Db } from '../../electron/db/open';
import { makeDelta, splitUnits } from '../../electron/services/revisions/graph/revisionDelta';
import { MAX_DELTA_CHAIN } from '../../electron/services/revisions/graph/revisionStore';
import { refreshIndexes } from '../../electron/services/search/searchIndex';
import { editLetter, makeLetter, seededRandom } from '../../electron/testing/sampleLetters';

export const FIVE_YEARS = { drafts: 5_000, revisions: 200_000, cases: 2_000, comments: 20_000 };
const DAY = 86_400_000;
const YEARS = 5;
/** The newest drafts keep every autosave of their last days: what the next retention run thins. */
const UNTHINNED_SHARE = 0.01;

export interface FiveYearsCounts {
  drafts: number;
  revisions: number;
  cases: number;
  comments: number;
}

const compress = (text: string) => brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);

function definitions(): FieldDefinition[] {
  const template = JSON.parse(readFileSync(join(resourcesDir(), 'templates', 'zhengxie-lead.json'), 'utf8')) as { fields: FieldDefinition[] };
  return template.fields;
}

/** A reply of 2,000–5,000 characters whose 文号, number and 成文日期 are fields, as a template makes them. */
function letterFor(seed: number, random: () => number): LetterDocument {
  const letter = makeLetter(2_000 + Math.floor(random() * 3_000), seed);
  const field = (role: Block['role'], name: string, before = '', after = ''): Block => ({
    role,
    inlines: [...(before ? [{ t: 'text' as const, text: before }] : []), { t: 'field', name }, ...(after ? [{ t: 'text' as const, text: after }] : [])],
  });
  const blocks = letter.blocks.map((block) => (block.role === 'date' ? field('date', 'signedOn') : block));
  return { version: 1, blocks: [field('note', 'docNumber'), ...blocks, field('cc', 'cc', '抄送：', '。')] };
}

interface Stored {
  id: string;
  units: string[];
  depth: number;
}

/** Kinds in the proportions a year of work leaves after thinning: checkpoints, imports, case updates, autosaves. */
function kindOf(index: number, first: 'checkpoint' | 'import', hasCase: boolean): string {
  if (index === 0) return first;
  if (hasCase && index === 3) return 'case-update';
  return index % 6 === 0 ? 'checkpoint' : 'auto';
}

export function generateFiveYears(file: string, scale = 1, now = new Date()): FiveYearsCounts {
  const counts = {
    drafts: Math.round(FIVE_YEARS.drafts * scale),
    revisions: Math.round(FIVE_YEARS.revisions * scale),
    cases: Math.round(FIVE_YEARS.cases * scale),
    comments: Math.round(FIVE_YEARS.comments * scale),
  };
  const db = openDatabase(file, () => now);
  try {
    db.transaction(() => fill(db, counts, now.getTime()))();
    refreshIndexes(db);
  } finally {
    db.close();
  }
  return counts;
}

function fill(db: Db, counts: FiveYearsCounts, now: number): void {
  const random = seededRandom(5);
  const defs = JSON.stringify(definitions());
  const start = now - YEARS * 365 * DAY;
  const perDraft = counts.revisions / counts.drafts;
  const caseEvery = counts.drafts / counts.cases;
  const commentsPerDraft = counts.comments / counts.drafts;
  const addCase = db.prepare(
    `INSERT INTO cases (id, kind, session, number, title, proposer, role, assigned_on, due_on, reply_type, doc_number, case_key, lead_unit, proposal_text, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 'lead', ?, ?, ?, ?, ?, '柳州市市场监督管理局', ?, ?, ?, ?)`,
  );
  const addDraft = db.prepare(
    `INSERT INTO drafts (id, title, template_id, case_id, field_definitions, fields, content, chars, head_revision_id, created_at, updated_at, deleted_at)
     VALUES (?, ?, 'zhengxie-lead', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const addRevision = db.prepare(
    `INSERT INTO revisions (id, draft_id, kind, author, created_at, note, hash, encoding, base_id, depth, body, chars) VALUES (?, ?, ?, '王晶', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const addParent = db.prepare('INSERT INTO revision_parents (revision_id, parent_id, position) VALUES (?, ?, 0)');
  const addComment = db.prepare(
    `INSERT INTO comments (id, draft_id, thread_id, revision_id, anchor, body, author, author_unit, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, '综合科', ?)`,
  );
  let casesMade = 0;
  let revisionsLeft = counts.revisions;
  let commentsLeft = counts.comments;
  for (let d = 0; d < counts.drafts; d++) {
    const draftId = randomUUID();
    const created = start + Math.floor(((now - start - 30 * DAY) * d) / counts.drafts);
    const year = new Date(created).getUTCFullYear();
    const unthinned = d >= counts.drafts * (1 - UNTHINNED_SHARE);
    const hasCase = Math.floor(d / caseEvery) !== Math.floor((d - 1) / caseEvery) || d === 0;
    // A case's number is unique in its register; a draft without a case answers some other 提案.
    const number = String(hasCase ? ++casesMade : (d % 400) + 1).padStart(3, '0');
    const session = `十三届${(year % 5) + 1}次会议`;
    let caseId: string | null = null;
    if (hasCase && casesMade <= counts.cases) {
      caseId = randomUUID();
      const due = isoDate(created + 90 * DAY);
      addCase.run(
        caseId,
        'zhengxie',
        `${year}年${session}`,
        number,
        `关于第${number}号提案所提老旧小区改造的建议`,
        `委员${d}`,
        isoDate(created),
        due,
        ['A', 'B', 'C'][d % 3],
        `柳市监复〔${year}〕${d % 400}号`,
        caseKey('zhengxie', `${year}年${session}`, number),
        '建议加快老旧小区改造，完善配套设施。',
        created < now - 120 * DAY ? 'replied' : 'pending',
        new Date(created).toISOString(),
        new Date(created).toISOString(),
      );
    }
    const fields: FieldValues = {
      replyType: ['A', 'B', 'C'][d % 3],
      docNumber: `柳市监复〔${year}〕${d % 400}号`,
      sessionName: `市政协十三届${(year % 5) + 1}次会议`,
      proposalNumber: number,
      proposalTitle: `关于第${number}号提案所提老旧小区改造的建议`,
      proposer: `委员${d}`,
      bureauName: '柳州市市场监督管理局',
      signedOn: isoDate(created + 20 * DAY),
      handler: '王晶',
      handlerPhone: '0772-2825566',
      cc: '市政协提案委员会',
    };
    const revisions = Math.min(revisionsLeft, Math.max(1, Math.round(perDraft * (d + 1)) - Math.round(perDraft * d)));
    revisionsLeft -= revisions;
    // Thinned history: at most one autosave a day. The newest drafts: every ten minutes, as typed.
    const step = unthinned ? 10 * 60_000 : DAY + 3_600_000;
    const firstTime = unthinned ? now - revisions * step : created;
    let letter = letterFor(d + 1, random);
    let previous: Stored | null = null;
    const ids: string[] = [];
    let time = firstTime;
    // The draft row comes first: its revisions point at it. Its text and head are set after the last revision.
    addDraft.run(
      draftId,
      `关于对第${number}号提案的答复`,
      caseId,
      defs,
      JSON.stringify(fields),
      '{"version":1,"blocks":[]}',
      0,
      '',
      new Date(created).toISOString(),
      new Date(created).toISOString(),
      null,
    );
    for (let r = 0; r < revisions; r++) {
      if (r > 0) letter = editLetter(letter, random, 0.01);
      time = firstTime + r * step;
      const text = canonicalJson({ content: letter, fields });
      const units = splitUnits(text);
      const id = randomUUID();
      const base: Stored | null = previous !== null && previous.depth + 1 <= MAX_DELTA_CHAIN ? previous : null;
      const delta: string = base ? JSON.stringify(makeDelta(base.units, units)) : '';
      const kind = kindOf(r, d % 5 === 0 ? 'import' : 'checkpoint', caseId !== null);
      const note = kind === 'import' ? '从文件「答复.docx」导入' : kind === 'checkpoint' ? '由模板「政协提案答复（主办）」新建' : null;
      const chars = letter.blocks.reduce((n, block) => n + block.inlines.reduce((m, run) => m + (run.t === 'text' ? run.text.length : 4), 0), 0);
      const at = new Date(time).toISOString();
      // As the app stores it: a delta against the previous revision while the chain is short and the delta small.
      const depth: number = base && delta.length <= text.length / 2 ? base.depth + 1 : 0;
      if (base && depth > 0) addRevision.run(id, draftId, kind, at, note, sha256(text), 'delta+br', base.id, depth, compress(delta), chars);
      else addRevision.run(id, draftId, kind, at, note, sha256(text), 'json+br', null, 0, compress(text), chars);
      if (previous) addParent.run(id, previous.id);
      previous = { id, units, depth };
      ids.push(id);
    }
    const deleted = d % 50 === 7 ? new Date(time + DAY).toISOString() : null;
    db.prepare('UPDATE drafts SET content = ?, chars = ?, head_revision_id = ?, updated_at = ?, deleted_at = ? WHERE id = ?').run(
      JSON.stringify(letter),
      letter.blocks.length,
      previous!.id,
      new Date(time).toISOString(),
      deleted,
      draftId,
    );
    if (caseId && d % 3 === 0) db.prepare('UPDATE cases SET answer_draft_id = ? WHERE id = ?').run(draftId, caseId);
    const comments = Math.min(commentsLeft, Math.round(commentsPerDraft * (d + 1)) - Math.round(commentsPerDraft * d));
    commentsLeft -= comments;
    let thread: string | null = null;
    for (let c = 0; c < comments; c++) {
      const commentId = randomUUID();
      const at = new Date(firstTime + c * 3_600_000).toISOString();
      const revisionId = ids[Math.min(ids.length - 1, c)];
      if (c % 2 === 0 || thread === null) {
        const block = letter.blocks.findIndex((b) => b.role === 'body');
        const run = letter.blocks[block].inlines[0];
        const quote = run.t === 'text' ? run.text.slice(0, 4) : '';
        addComment.run(
          commentId,
          draftId,
          null,
          revisionId,
          JSON.stringify({ block, start: 0, end: quote.length, quote }),
          '请核对这里的数据和口径。',
          '李科长',
          at,
        );
        thread = commentId;
      } else addComment.run(commentId, draftId, thread, revisionId, null, '已核对，按统计局口径改过。', '王晶', at);
    }
  }
}

if (process.argv[1]?.endsWith('generateFiveYears.ts')) {
  const [file, scale] = process.argv.slice(2);
  if (!file) throw new Error('usage: npx tsx bench/fiveYears/generateFiveYears.ts OUT.sqlite3 [SCALE]');
  const started = performance.now();
  const counts = generateFiveYears(file, scale ? Number(scale) : 1);
  console.log(JSON.stringify({ ...counts, seconds: Math.round((performance.now() - started) / 100) / 10 }));
}
