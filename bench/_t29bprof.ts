import { performance } from 'node:perf_hooks';
import { proofread, RULES } from '../shared/proofread/index';
import { bureauWordList, longLetter } from './proofread.bench';
const text = longLetter();
const wordList = bureauWordList();
const mode = process.argv[2] ?? 'prof';
if (mode === 'rules') {
  const ids = RULES.map((r) => r.id);
  for (let i = 0; i < 3; i++) proofread(text, { wordList });
  const rows: [string, number][] = [];
  for (const id of ids) {
    const others = ids.filter((x) => x !== id);
    const t: number[] = [];
    for (let i = 0; i < 15; i++) { const s = performance.now(); proofread(text, { wordList, disabledRules: others, enabledRules: [id] }); t.push(performance.now() - s); }
    t.sort((a, b) => a - b);
    rows.push([id, t[7]]);
  }
  rows.sort((a, b) => b[1] - a[1]);
  for (const [id, ms] of rows.slice(0, 30)) console.log(id.padEnd(32), ms.toFixed(2));
} else {
  const t: number[] = [];
  for (let i = 0; i < 60; i++) { const s = performance.now(); proofread(text, { wordList }); t.push(performance.now() - s); }
  t.sort((a, b) => a - b);
  console.log('p50', t[30].toFixed(1), 'p95', t[57].toFixed(1), 'findings', proofread(text, { wordList }).length);
}
