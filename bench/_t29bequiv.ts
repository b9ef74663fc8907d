import { readdirSync, readFileSync } from 'node:fs';
import * as now from '/work/main/shared/proofread/index';
import * as before from '/tmp/t29b/before/shared/proofread/index';
import { CORPUS } from '/work/main/shared/proofread/corpus/index';
import { realCorpusLetters } from '/work/main/shared/proofread/realCorpus/entries';
import { bureauWordList, longLetter } from '/work/main/bench/proofread.bench';
const dir = '/work/main/shared/proofread/realCorpus/';
const files = readdirSync(dir);
const letters: Record<string, string> = {}, labels: Record<string, string> = {};
for (const f of files) { if (f.endsWith('.labels.json')) labels[f.slice(0, -12)] = readFileSync(dir + f, 'utf8'); else if (f.endsWith('.txt')) letters[f.slice(0, -4)] = readFileSync(dir + f, 'utf8'); }
const real = realCorpusLetters(letters, labels);
const all = now.RULES.map((r) => r.id);
const wl = bureauWordList();
const cases: [string, string, any][] = [['bench', longLetter(), { wordList: wl }], ['bench-all', longLetter(), { wordList: wl, enabledRules: all }]];
for (const l of CORPUS) { cases.push([l.id, l.text, { wordList: (l as any).wordList }]); cases.push([l.id + '+all', l.text, { wordList: (l as any).wordList, enabledRules: all }]); cases.push([l.id + '+wl', l.text, { wordList: wl, enabledRules: all }]); }
for (const l of real) { cases.push([l.id, l.text, { wordList: l.wordList }]); cases.push([l.id + '+all', l.text, { wordList: l.wordList, enabledRules: all }]); cases.push([l.id + '+wl', l.text, { wordList: [...l.wordList, ...wl], enabledRules: all }]); }
let bad = 0, total = 0;
for (const [id, text, opts] of cases) {
  const a = JSON.stringify(before.proofread(text, opts)), b = JSON.stringify(now.proofread(text, opts));
  total += JSON.parse(b).length;
  if (a !== b) { bad++; console.log('DIFF', id); }
  const paras = now.splitParagraphs(text).map(({ text, role }) => ({ text, role }));
  if (JSON.stringify(before.proofreadParagraphs(paras, opts)) !== JSON.stringify(now.proofreadParagraphs(paras, opts))) { bad++; console.log('DIFF paras', id); }
}
console.log(cases.length, 'cases,', total, 'findings,', bad, 'differ');
