import { performance } from 'node:perf_hooks';
import { proofread, RULES, splitParagraphs } from '../shared/proofread/index';
import { bureauWordList, longLetter } from './proofread.bench';
const text = longLetter();
const wordList = bureauWordList();
const ctx = { wordList };
const N = 30;
const placed = splitParagraphs(text);
const rows: [string, number][] = [];
const med = (f: () => unknown) => { for (let i = 0; i < 3; i++) f(); const t: number[] = []; for (let i = 0; i < N; i++) { const s = performance.now(); f(); t.push(performance.now() - s); } t.sort((a, b) => a - b); return t[N >> 1]; };
rows.push(['splitParagraphs', med(() => splitParagraphs(text))]);
for (const rule of RULES) {
  rows.push([rule.id, med(() => rule.scope === 'paragraph' ? placed.forEach((p) => (rule.check as any)(p, ctx)) : (rule.check as any)(placed, ctx))]);
}
const sum = rows.reduce((a, r) => a + r[1], 0);
rows.push(['FULL proofread', med(() => proofread(text, { wordList }))]);
rows.sort((a, b) => b[1] - a[1]);
console.log('sum of parts', sum.toFixed(2));
for (const [id, ms] of rows.slice(0, 25)) console.log(id.padEnd(32), ms.toFixed(2));
