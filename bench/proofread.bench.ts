// A full proofreading pass over a 30,000-character letter (goal: p50 and p95 at most 50 ms), and the
// one-paragraph recheck the editor runs after a keystroke.
import { performance } from 'node:perf_hooks';
import { CORPUS } from '../shared/proofread/corpus/index';
import { proofread, proofreadParagraph, splitParagraphs, type WordListEntry } from '../shared/proofread/index';
import type { BenchReport } from './run';
import { percentile, round } from './stats';

const TARGET_CHARS = 30_000;
const RUNS = 40;

export function longLetter(targetChars = TARGET_CHARS): string {
  const lines = CORPUS.find((letter) => letter.id === 'liuzhou-2023-original')!.text.split('\n');
  const body = lines.filter((line) => line.length > 100);
  const out = lines.slice(0, 8);
  for (let i = 0; out.join('\n').length < targetChars; i += 1) out.push(body[i % body.length]);
  return out.join('\n').slice(0, targetChars);
}

/** A bureau's 词表 of 200 names: 25 kinds of bureau in 8 places, a quarter of them written in the long letter. */
export function bureauWordList(): WordListEntry[] {
  const places = ['柳州市', '柳北区', '鱼峰区', '城中区', '柳南区', '柳江区', '融安县', '鹿寨县'];
  const bureaus = [
    '市场监督管理局',
    '住房和城乡建设局',
    '交通运输局',
    '发展和改革委员会',
    '卫生健康委员会',
    '自然资源和规划局',
    '工业和信息化局',
    '文化广电和旅游局',
    '人力资源和社会保障局',
    '生态环境局',
    '教育局',
    '财政局',
    '民政局',
    '商务局',
    '科学技术局',
    '农业农村局',
    '水利局',
    '应急管理局',
    '统计局',
    '审计局',
    '林业局',
    '城市管理行政执法局',
    '人民政府办公室',
    '政务服务中心',
    '医疗保障局',
  ];
  return places.flatMap((place) => bureaus.map((bureau): WordListEntry => ({ name: place + bureau, kind: 'organisation' })));
}

function time(runs: number, work: () => unknown): number[] {
  for (let i = 0; i < 5; i += 1) work();
  return Array.from({ length: runs }, () => {
    const start = performance.now();
    work();
    return performance.now() - start;
  });
}

export async function run(): Promise<BenchReport> {
  const text = longLetter();
  const findings = proofread(text).length;
  const full = time(RUNS, () => proofread(text));
  const wordList = bureauWordList();
  const withList = time(RUNS, () => proofread(text, { wordList }));
  const longest = splitParagraphs(text).reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const paragraph = time(RUNS * 10, () => proofreadParagraph(longest));
  return {
    name: 'proofread',
    rows: [
      { case: `full check, ${text.length} chars`, p50_ms: round(percentile(full, 50)), p95_ms: round(percentile(full, 95)), goal_ms: 50, findings },
      {
        case: `full check with a ${wordList.length}-name 词表`,
        p50_ms: round(percentile(withList, 50)),
        p95_ms: round(percentile(withList, 95)),
        goal_ms: 50,
        findings: proofread(text, { wordList }).length,
      },
      {
        case: `one paragraph, ${longest.text.length} chars`,
        p50_ms: round(percentile(paragraph, 50)),
        p95_ms: round(percentile(paragraph, 95)),
        goal_ms: '-',
        findings: '-',
      },
    ],
    notes: ['The letter is the 柳州 example repeated to 30,000 characters, with all its natural defects, so the checker has real work to do.'],
  };
}
