// Comparing two 30,000-character letters with ~5% edits: our paragraph-then-word diff against
// character-level diff-match-patch with semantic cleanup, on the same inputs in the same run; and
// two unrelated 30,000-character texts, where the comparison must cap its work and say so.
import DiffMatchPatch from 'diff-match-patch';
import { compareTexts } from '../shared/diff/compare';
import { percentile, round } from './stats';
import type { BenchReport } from './run';
import { seededRandom as seeded } from '../shared/random/seededRandom';

const SENTENCES = [
  '柳州市作为广西主要工业城市，历届党委、政府高度重视质量工作，始终坚持质量第一的发展理念。',
  '近年来，市市场监管局认真贯彻落实关于质量工作的重要论述，不断创新深入推进质量强市建设。',
  '全市各领域质量总体水平持续提升，生态环境质量不断改善，柳江河水环境质量连续三年保持全国第一。',
  '我局坚持贯彻新发展理念，持续优化营商环境，把质量强市与工业强柳相结合，积极探索质量发展新模式。',
  '将各县区质量工作纳入绩效考核，组织开展年度服务业质量监测分析和制造业质量竞争力指数测评。',
  '统筹推进标准化战略、商标品牌战略和知识产权战略的实施，加强创新主体培育和创新载体建设。',
  '综合检验检测能力达到全区一流水平，为地方主导产业和特色产业高质量发展提供了有力的技术支撑。',
  '依托质量技术基础，整合各领域公共服务资源，建成专业性和综合性质量服务一站式平台。',
  '平台建成以来，累计为企业提供技术服务四万余次，免费培训近七千人次，节约直接费用两千余万元。',
  '下一步，我们将以此次提案办理为契机，坚持质量创新，强化质量基础对高质量发展的支撑作用。',
  '同时，我局将会同市政协提案委员会加强跟踪督办，及时向提案者反馈办理进展，认真听取意见建议。',
  '感谢贵单位对质量强市工作的关心和支持，欢迎今后继续对我局工作提出宝贵意见。',
];
const WORDS = ['质量', '标准', '企业', '服务', '发展', '推动', '加快', '完善', '体系', '能力', '平台', '产业', '创新', '监管', '检测', '品牌', '机制', '建设', '提升', '落实'];

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
  while (text.length < 300) text += SENTENCES[Math.floor(next() * SENTENCES.length)];
  return varyWords(text.slice(0, 300), 0.3, next);
}

/** A 30,000-character letter, and a copy with ~5% of its words replaced, some ，→、, a paragraph deleted, inserted and moved. */
function letterPair(seed: number): [string, string] {
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
  const pool = [...new Set(SENTENCES.join('').replace(/[，。、]/g, ''))].slice(0, poolSize);
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
      row('5% edits: dmp chars + cleanupSemantic', baseline.samples, { changes: baseline.result.filter(([op]) => op !== 0).length, changedChars: dmpChangedChars, fallback: '-' }),
      row('unrelated, 100 paragraphs', unrelated.samples, { changes: unrelated.result.changes.length, changedChars: '-', fallback: unrelated.result.fallback?.reason ?? 'none' }),
      row('unrelated, one paragraph', singleParagraph.samples, { changes: singleParagraph.result.changes.length, changedChars: '-', fallback: singleParagraph.result.fallback?.reason ?? 'none' }),
      row('unrelated but alike in bigrams, one paragraph', alike.samples, { changes: alike.result.changes.length, changedChars: '-', fallback: alike.result.fallback?.reason ?? 'none' }),
    ],
    notes: [
      `letters: ${before.length} and ${after.length} UTF-16 units; ${ours.result.summary.paragraphsChanged} paragraphs changed`,
      `p95 ratio dafu / dmp = ${round(ratio)} (goal ≤ 1.0)`,
      `moves found: ${ours.result.changes.filter((c) => c.kind === 'move').length}`,
      `fallback notes: ${unrelated.result.fallback?.note ?? '-'} / ${alike.result.fallback?.note ?? '-'}`,
    ],
  };
}
