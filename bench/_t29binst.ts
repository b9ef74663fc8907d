import { performance } from 'node:perf_hooks';
import { proofread, RULES } from '../shared/proofread/index';
import { bureauWordList, longLetter } from './proofread.bench';
const text = longLetter();
const wordList = bureauWordList();
const acc = new Map<string, number>();
for (let i = 0; i < 5; i++) proofread(text, { wordList });
for (const rule of RULES) {
  const orig = rule.check as any;
  (rule as any).check = (a: any, b: any) => { const s = performance.now(); const r = orig(a, b); acc.set(rule.id, (acc.get(rule.id) ?? 0) + performance.now() - s); return r; };
}
const N = 30; const t: number[] = [];
for (let i = 0; i < N; i++) { const s = performance.now(); proofread(text, { wordList }); t.push(performance.now() - s); }
t.sort((a, b) => a - b);
const inRules = [...acc.values()].reduce((a, b) => a + b, 0) / N;
console.log('full median', t[N >> 1].toFixed(2), 'mean', (t.reduce((a, b) => a + b) / N).toFixed(2), 'in rules (mean)', inRules.toFixed(2));
for (const [id, ms] of [...acc].sort((a, b) => b[1] - a[1]).slice(0, 22)) console.log(id.padEnd(32), (ms / N).toFixed(2));
