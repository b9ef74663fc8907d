import { performance } from 'node:perf_hooks';
import { proofread, proofreadParagraph, proofreadDocumentRules, splitParagraphs } from '../shared/proofread/index';
import { bureauWordList, longLetter } from './proofread.bench';
const text = longLetter();
const wordList = bureauWordList();
const N = 30;
const placed = splitParagraphs(text);
const med = (f: () => unknown) => { for (let i = 0; i < 3; i++) f(); const t: number[] = []; for (let i = 0; i < N; i++) { const s = performance.now(); f(); t.push(performance.now() - s); } t.sort((a, b) => a - b); return t[N >> 1].toFixed(2); };
console.log('paragraphs', placed.length);
for (let k = 0; k < 2; k++) {
console.log('para rules', med(() => placed.forEach((p) => proofreadParagraph(p, { wordList }))));
console.log('doc rules', med(() => proofreadDocumentRules(placed, { wordList })));
console.log('full', med(() => proofread(text, { wordList })));
}
