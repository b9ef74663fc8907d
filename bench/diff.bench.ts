// Comparing two 30,000-character letters with ~5% edits: our paragraph-then-word diff against
// character-level diff-match-patch with semantic cleanup, on the same inputs in the same run; and
// two unrelated 30,000-character texts, where the comparison must cap its work and say so.
import DiffMatchPatch from 'diff-match-patch';
import { compareTexts } from '../shared/diff/compare';
import { percentile, round } from './stats';
import type { BenchReport } from './run';
import { seededRandom as seeded } from '../shared/random/seededRandom';
import { REPLY_SENTENCES } from './replySentences';

const WORDS = [
  '质量',
  '标准',
  '企业',
  '服务',
  '发展',
  '推动',
  '加快',
  '完善',
  '体系',
  '能力',
  '平台',
  '产业',
  '创新',
  '监管',
  '检测',
  '品牌',
  '机制',
  '建设',
  '提升',
  '落实',
];

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Swaps each word for a random one with the given probability, so paragraphs do not repeat. */
function varyWords(text: string, probability: number, next: () => number): string {
  let out = '';
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    out += isWordLike && next() < probability ? WORDS[Math.floor(next() * WORDS.length)] : segment;
  }
  return out;
}

function paragraph(next: () => number): string {
  let text = '';
  while (text.length < 300) text += REPLY_SENTENCES[Math.floor(next() * REPLY_SENTENCES.length)];
  return varyWords(text.slice(0, 300), 0.3, next);
}

/** A 30,000-character letter, and a copy with ~5% of its words replaced, some ，→、, a paragraph deleted, inserted and moved. */
export function letterPair(seed: number): [string, string] {
  const next = seeded(seed);
  const before = Array.from({ length: 100 }, () => paragraph(next));
  const after = before.map((text) => varyWords(text, 0.04, next).replace(/，/g, (comma) => (next() < 0.03 ? '、' : comma)));
  after.splice(40, 1);
  after.splice(60, 0, paragraph(next));
  const [moved] = after.splice(20, 1);
  after.splice(80, 0, moved);
  return [before.join('\n'), after.join('\n')];
}

/** Characters drawn at random from the letters' own (or, narrowed, from their first few) characters. */
function unrelatedText(seed: number, poolSize = Infinity): string {
  const next = seeded(seed);
  const pool = [...new Set(REPLY_SENTENCES.join('').replace(/[，。、]/g, ''))].slice(0, poolSize);
  let text = '';
  for (let i = 1; i <= 30_000; i += 1) text += pool[Math.floor(next() * pool.length)] + (i % 300 === 0 ? '\n' : '');
  return text;
}

function time<T>(work: () => T, runs: number): { samples: number[]; result: T } {
  const [[samples], result] = timeEach([work], runs);
  return { samples, result: result[0] };
}

/** Alternates the contenders run by run, so that a busy machine slows them alike. */
function timeEach<T>(works: (() => T)[], runs: number): [number[][], T[]] {
  const results = works.map((work) => (work(), work()));
  const samples = works.map(() => [] as number[]);
  for (let i = 0; i < runs; i += 1) {
    works.forEach((work, k) => {
      const start = performance.now();
      results[k] = work();
      samples[k].push(performance.now() - start);
    });
  }
  return [samples, results];
}

export async function run(): Promise<BenchReport> {
  const [before, after] = letterPair(2026);
  const dmp = new DiffMatchPatch();
  const runs = 30;
  const [[oursSamples, dmpSamples], [oursResult, dmpResult]] = timeEach<unknown>(
    [
      () => compareTexts(before, after),
      () => {
        const diffs = dmp.diff_main(before, after);
        dmp.diff_cleanupSemantic(diffs);
        return diffs;
      },
    ],
    runs,
  );
  const ours = { samples: oursSamples, result: oursResult as ReturnType<typeof compareTexts> };
  const baseline = { samples: dmpSamples, result: dmpResult as DiffMatchPatch.Diff[] };
  const [left, right] = [unrelatedText(1), unrelatedText(2)];
  const unrelated = time(() => compareTexts(left, right), 5);
  const singleParagraph = time(() => compareTexts(left.replaceAll('\n', ''), right.replaceAll('\n', '')), 5);
  const [narrowLeft, narrowRight] = [unrelatedText(3, 40).replaceAll('\n', ''), unrelatedText(4, 40).replaceAll('\n', '')];
  const alike = time(() => compareTexts(narrowLeft, narrowRight), 5);

  const changedChars = ours.result.summary.charsAdded + ours.result.summary.charsRemoved;
  const dmpChangedChars = baseline.result.filter(([op]) => op !== 0).reduce((sum, [, text]) => sum + text.length, 0);
  const row = (name: string, samples: number[], detail: Record<string, string | number>) => ({
    case: name,
    n: samples.length,
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    ...detail,
  });
  const ratio = percentile(ours.samples, 95) / percentile(baseline.samples, 95);
  return {
    name: 'diff of two 30,000-character letters',
    rows: [
      row('5% edits: dafu word diff', ours.samples, { changes: ours.result.changes.length, changedChars, fallback: ours.result.fallback?.reason ?? 'none' }),
      row('5% edits: dmp chars + cleanupSemantic', baseline.samples, {
        changes: baseline.result.filter(([op]) => op !== 0).length,
        changedChars: dmpChangedChars,
        fallback: '-',
      }),
      row('unrelated, 100 paragraphs', unrelated.samples, {
        changes: unrelated.result.changes.length,
        changedChars: '-',
        fallback: unrelated.result.fallback?.reason ?? 'none',
      }),
      row('unrelated, one paragraph', singleParagraph.samples, {
        changes: singleParagraph.result.changes.length,
        changedChars: '-',
        fallback: singleParagraph.result.fallback?.reason ?? 'none',
      }),
      row('unrelated but alike in bigrams, one paragraph', alike.samples, {
        changes: alike.result.changes.length,
        changedChars: '-',
        fallback: alike.result.fallback?.reason ?? 'none',
      }),
    ],
    notes: [
      `letters: ${before.length} and ${after.length} UTF-16 units; ${ours.result.summary.paragraphsChanged} paragraphs changed`,
      `p95 ratio dafu / dmp = ${round(ratio)} (goal ≤ 1.0)`,
      `moves found: ${ours.result.changes.filter((c) => c.kind === 'move').length}`,
      `fallback notes: ${unrelated.result.fallback?.note ?? '-'} / ${alike.result.fallback?.note ?? '-'}`,
    ],
  };
}
