// `dafu proofread` of a 30,000-character letter with the full word lists (the shipped 易混淆词 and
// 规范表述 plus a bureau's own 300 rows), measured in-process as the command runs it (goal: p95 ≤ 30 ms),
// against the same check without the two list rules in the same run.
import { performance } from 'node:perf_hooks';
import { proofread, RULES } from '../shared/proofread/index';
import { BUILTIN_LISTS } from '../shared/proofread/lists/builtinLists';
import type { BureauLists } from '../shared/proofread/lists/bureauLists';
import type { ListRow } from '../shared/proofread/lists/listRow';
import { bureauWordList, longLetter } from './proofread.bench';
import type { BenchReport } from './run';
import { percentile, round } from './stats';

const RUNS = 60;

/** 300 rows a bureau might add: outdated forms of its neighbours' names, each a 规范表述. */
function bureauRows(): BureauLists {
  const standardTerm = bureauWordList()
    .slice(0, 150)
    .flatMap((entry): ListRow[] => [
      { wrong: `${entry.name}旧址`, right: entry.name, context: '词语', source: '本单位', fires: [`${entry.name}旧址`], passes: [entry.name] },
      {
        wrong: entry.name.replace('局', '处'),
        right: entry.name,
        context: '词语',
        source: '本单位',
        fires: [entry.name.replace('局', '处')],
        passes: [entry.name],
      },
    ]);
  return { confusion: [], standardTerm };
}

/** Runs the cases in turn, run after run, so that a busy machine slows each of them alike. */
function timeInTurn(works: readonly (() => unknown)[]): number[][] {
  for (let i = 0; i < 5; i += 1) works.forEach((work) => work());
  const times = works.map((): number[] => []);
  for (let run = 0; run < RUNS; run += 1) {
    works.forEach((work, at) => {
      const start = performance.now();
      work();
      times[at].push(performance.now() - start);
    });
  }
  return times;
}

export async function run(): Promise<BenchReport> {
  const text = longLetter();
  const wordList = bureauWordList();
  const lists = bureauRows();
  const others = RULES.map((rule) => rule.id).filter((id) => id !== 'known-typo' && id !== 'standard-term');
  const [withLists, without, listsAlone] = timeInTurn([
    () => proofread(text, { wordList, lists }),
    () => proofread(text, { wordList, disabledRules: ['known-typo', 'standard-term'] }),
    () => proofread(text, { lists, disabledRules: others }),
  ]);
  const rows = BUILTIN_LISTS.confusion.length + BUILTIN_LISTS.standardTerm.length + lists.standardTerm.length;
  return {
    name: 'word lists',
    rows: [
      {
        case: `full check with ${rows} list rows, ${text.length} chars`,
        p50_ms: round(percentile(withLists, 50)),
        p95_ms: round(percentile(withLists, 95)),
        goal_ms: 30,
        findings: proofread(text, { wordList, lists }).length,
      },
      {
        case: 'same check without the two list rules (baseline)',
        p50_ms: round(percentile(without, 50)),
        p95_ms: round(percentile(without, 95)),
        goal_ms: '-',
        findings: proofread(text, { wordList, disabledRules: ['known-typo', 'standard-term'] }).length,
      },
      {
        case: 'the two list rules alone',
        p50_ms: round(percentile(listsAlone, 50)),
        p95_ms: round(percentile(listsAlone, 95)),
        goal_ms: '-',
        findings: proofread(text, { lists, disabledRules: others }).length,
      },
      { case: 'ratio p50 (with / without)', p50_ms: round(percentile(withLists, 50) / percentile(without, 50)), p95_ms: '-', goal_ms: '-', findings: '-' },
    ],
    notes: ['The lists are looked up by their first two characters (one Map lookup per character of the letter), not one regular expression per row.'],
  };
}
