import { performance } from 'node:perf_hooks';
import { matchAll } from '../shared/proofread/core/text';
import { splitParagraphs } from '../shared/proofread/index';
import { longLetter } from './proofread.bench';
const paras = splitParagraphs(longLetter()).map((p) => p.text);
const res = [/(?<=收悉)(?=[经现我根按通对])/, /[。！？](?=”[的等之为是和与及])/, /(?<!\d)0[1-9](?=月)|(?<=月)0[1-9](?=日)/, /[，,、]/];
const med = (f: () => unknown) => { for (let i = 0; i < 3; i++) f(); const t: number[] = []; for (let i = 0; i < 30; i++) { const s = performance.now(); f(); t.push(performance.now() - s); } t.sort((a, b) => a - b); return t[15].toFixed(3); };
let n = 0;
for (const re of res) {
  const g = new RegExp(re.source, 'g');
  console.log(re.source.slice(0, 30).padEnd(32), 'matchAll', med(() => { for (const p of paras) for (const m of matchAll(re, p)) n++; }), 'exec loop', med(() => { for (const p of paras) { g.lastIndex = 0; for (let m = g.exec(p); m; m = g.exec(p)) n++; } }), 'test', med(() => { for (const p of paras) re.test(p); }));
}
