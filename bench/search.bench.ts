// Search over 1,000 letters of 30,000 characters: p95 of our search (trigram index for three or
// more characters, gram index for one or two) against a plain LIKE '%…%' scan of the same corpus in
// the same run; index size against the text; and how long the case desk takes to open with 2,000 cases.
import { randomUUID } from 'node:crypto';
import { CORPUS } from '../shared/proofread/corpus/index';
import { refreshIndexes } from '../electron/services/search/searchIndex';
import { searchDocuments } from '../electron/services/search/searchQuery';
import { makeTestContext } from '../electron/testing/testContext';
import type { Db } from '../electron/db/open';
import { percentile, round } from './stats';
import type { BenchReport } from './run';
import { seededRandom as seeded } from '../shared/random/seededRandom';

/** SEARCH_BENCH_LETTERS=200 for a quick look at the direction; the reported figures use 1,000. */
const LETTERS = Number(process.env.SEARCH_BENCH_LETTERS ?? 1_000);
const LETTER_CHARS = 30_000;
const CASES = 2_000;
const RUNS = 20;

/** Letters stitched from the proofreading corpus's sentences, one in ten characters swapped so no two letters repeat. */
function makeLetters(next: () => number): string[] {
  const sentences = [
    ...new Set(
      CORPUS.flatMap((entry) => entry.text.split(/(?<=[。；\n])/))
        .map((s) => s.trim())
        .filter((s) => s.length > 4),
    ),
  ];
  const pool = [...new Set(CORPUS.map((entry) => entry.text).join(''))].filter((char) => /\p{Script=Han}/u.test(char));
  return Array.from({ length: LETTERS }, () => {
    const paragraphs: string[] = [];
    let length = 0;
    while (length < LETTER_CHARS) {
      let paragraph = '';
      while (paragraph.length < 300) paragraph += sentences[Math.floor(next() * sentences.length)];
      const chars = [...paragraph];
      for (let i = 0; i < chars.length; i += 10) chars[i + Math.floor(next() * 10)] = pool[Math.floor(next() * pool.length)];
      paragraph = chars.join('').slice(0, Math.min(300, LETTER_CHARS - length));
      paragraphs.push(paragraph);
      length += paragraph.length;
    }
    return paragraphs.join('\n');
  });
}

function insertLetters(db: Db, letters: string[], time: string): void {
  const insert = db.prepare(
    `INSERT INTO drafts (id, title, field_definitions, fields, content, chars, head_revision_id, created_at, updated_at)
     VALUES (?, ?, '[]', '{}', ?, ?, '', ?, ?)`,
  );
  db.transaction(() => {
    letters.forEach((text, index) => {
      const content = { version: 1, blocks: text.split('\n').map((line) => ({ role: 'body', inlines: [{ t: 'text', text: line }] })) };
      insert.run(randomUUID(), `答复函 ${index + 1}`, JSON.stringify(content), text.length, time, time);
    });
  })();
}

const tableBytes = (db: Db, names: string[]) =>
  db
    .prepare(`SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE ${names.map(() => 'name LIKE ?').join(' OR ')}`)
    .pluck()
    .get(...names) as number;

/** Alternates the contenders query by query, so that a busy machine slows them alike. */
function compare(db: Db, queries: string[]) {
  const like = db.prepare('SELECT id, title FROM search_docs WHERE title LIKE ? OR body LIKE ?');
  const ours: number[] = [];
  const scan: number[] = [];
  let hits = 0;
  let scanHits = 0;
  for (let run = 0; run < RUNS; run += 1) {
    for (const query of queries) {
      let start = performance.now();
      const result = searchDocuments(db, query, 20);
      ours.push(performance.now() - start);
      start = performance.now();
      const rows = like.all(`%${query}%`, `%${query}%`);
      scan.push(performance.now() - start);
      hits = Math.max(hits, result.total);
      scanHits = Math.max(scanHits, rows.length);
    }
  }
  return { ours, scan, hits, scanHits };
}

const QUERIES: [string, string[]][] = [
  ['1 char', ['会', '梯', '质']],
  ['2 chars', ['会议', '提案', '电梯']],
  ['3 chars', ['提案者', '高质量', '办理情']],
  ['6 chars', ['现答复如下：', '经认真研究，', '质量强市战略']],
];

export async function run(): Promise<BenchReport> {
  // In memory: the figures are about the indexes, not the disk the machine happens to have.
  const { ctx, handlers } = makeTestContext(':memory:');
  const { db } = ctx;
  try {
    let start = performance.now();
    const letters = makeLetters(seeded(2026));
    const generateMs = performance.now() - start;
    const time = ctx.now().toISOString();
    start = performance.now();
    insertLetters(db, letters, time);
    const insertMs = performance.now() - start;
    // The first search after the bulk change: it reads a bounded part of what is not indexed yet and says so.
    start = performance.now();
    const beforeIndex = searchDocuments(db, QUERIES[3][1][0], 20);
    const staleSearchMs = performance.now() - start;
    start = performance.now();
    refreshIndexes(db);
    const indexMs = performance.now() - start;

    const textBytes = tableBytes(db, ['search_docs']);
    const trigramBytes = tableBytes(db, ['search_trigrams%']);
    const gramBytes = tableBytes(db, ['search_grams%']);
    const rawUtf8 = letters.reduce((sum, text) => sum + Buffer.byteLength(text), 0);

    const rows: BenchReport['rows'] = QUERIES.map(([label, queries]) => {
      const { ours, scan, hits, scanHits } = compare(db, queries);
      const [p95, likeP95] = [percentile(ours, 95), percentile(scan, 95)];
      return {
        case: `${label} (${queries.join(' ')})`,
        n: ours.length,
        'dafu p50': round(percentile(ours, 50)),
        'dafu p95': round(p95),
        'LIKE p95': round(likeP95),
        'p95 ratio': round(p95 / likeP95),
        'max hits': hits,
        'LIKE max hits': scanHits,
      };
    });

    // The desk: 2,000 cases, the first thousand with a letter attached.
    const header = ['类别', '届次', '提案号', '案由', '提案者', '承办方式', '交办日期'];
    const caseRows = Array.from({ length: CASES }, (_, i) => [
      '提案',
      '十三届三次会议',
      String(i + 1),
      `关于第${i + 1}件事的建议`,
      '张伟',
      i % 5 === 0 ? '协办' : '主办',
      `2026-0${1 + (i % 5)}-1${i % 10}`,
    ]);
    start = performance.now();
    const { imported } = await handlers['cases.import']({ fileName: '清单.xlsx', rows: [header, ...caseRows] });
    const importMs = performance.now() - start;
    const draftIds = db.prepare('SELECT id FROM drafts').pluck().all() as string[];
    const attach = db.prepare('UPDATE drafts SET case_id = ? WHERE id = ?');
    db.transaction(() => draftIds.forEach((id, i) => attach.run(imported[i], id)))();
    const desk: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      start = performance.now();
      JSON.stringify(await handlers['cases.list']({}));
      desk.push(performance.now() - start);
    }
    rows.push({
      case: `desk with ${imported.length} cases (cases.list)`,
      n: desk.length,
      'dafu p50': round(percentile(desk, 50)),
      'dafu p95': round(percentile(desk, 95)),
      'LIKE p95': '-',
      'p95 ratio': '-',
      'max hits': imported.length,
      'LIKE max hits': '-',
    });

    return {
      name: `search over ${LETTERS} letters of ${LETTER_CHARS} characters`,
      rows,
      notes: [
        `corpus generated in ${round(generateMs)} ms; drafts inserted (their text copied to search_docs by triggers) in ${round(insertMs)} ms; trigram and gram indexes built all at once (refreshIndexes; the app does it at idle in batches) in ${round(indexMs)} ms`,
        `first search right after the bulk insert, before any indexing: ${round(staleSearchMs)} ms (incomplete: ${beforeIndex.incomplete})`,
        `text ${round(rawUtf8 / 1e6)} MB UTF-8 (search_docs table ${round(textBytes / 1e6)} MB); trigram index ${round(trigramBytes / 1e6)} MB; gram index ${round(gramBytes / 1e6)} MB`,
        `index size / text size = ${round((trigramBytes + gramBytes) / rawUtf8)} (goal ≤ 2.5)`,
        `goals: p95 ≤ 10 ms for three or more characters; for one or two, p95 ≤ 0.5 × the LIKE scan`,
        `importing ${CASES} rows of a 交办清单 took ${round(importMs)} ms`,
      ],
    };
  } finally {
    db.close();
  }
}
