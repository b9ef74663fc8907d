// Prints the score tables for the real and the planted corpus:
//   npx tsx shared/proofread/realCorpus/report.ts [--mistakes] [--hits]
// shared/ compiles without Node's types, so the file system is reached through a dynamic import.
import { CORPUS } from '../corpus/index';
import { formatKindScoreTables, formatScoreTable, scoreByKind, scoreCorpus, WARNING_AND_ERROR } from '../corpus/score';
import { foldStoredPunctuation, realCorpusLetters } from './entries';
import { RULE_KINDS } from './ruleKinds';

interface Fs {
  readdirSync(path: string): string[];
  readFileSync(path: string, encoding: 'utf8'): string;
}
declare const process: { argv: string[] };

const fsModule = 'node:fs';
const fs = (await import(fsModule)) as Fs;
const folder = `${(import.meta as unknown as { dirname: string }).dirname}/`;
const files = fs.readdirSync(folder);
const read = (suffix: string) =>
  Object.fromEntries(files.filter((file) => file.endsWith(suffix)).map((file) => [file.slice(0, -suffix.length), fs.readFileSync(folder + file, 'utf8')]));

const real = scoreByKind(realCorpusLetters(read('.txt'), read('.labels.json')), RULE_KINDS, foldStoredPunctuation);
console.log('## Real corpus (warning and error)\n');
console.log(formatKindScoreTables(real).join('\n'));
if (process.argv.includes('--mistakes')) for (const m of real.mistakes) console.log(`${m.letter}\t${m.kind}\t${m.rule}\t${m.text}\t${m.message ?? ''}`);
if (process.argv.includes('--hits')) for (const h of real.hits) console.log(`${h.letter}\t${h.rule}\t${h.labelKind}\t「${h.text}」\t${h.message}`);

const planted = scoreCorpus(CORPUS, { severities: WARNING_AND_ERROR });
console.log('\n## Planted corpus (warning and error)\n');
console.log(formatScoreTable(planted).join('\n'));
console.log(`\ncharacters ${planted.characters}; false findings per 1,000 characters ${planted.falsePerThousand.toFixed(2)}`);
