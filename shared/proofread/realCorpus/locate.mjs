// Fills in, or checks, the code-point offsets of the labels in this folder's *.labels.json files.
//
//   node shared/proofread/realCorpus/locate.mjs          fill missing offsets, check the rest
//   node shared/proofread/realCorpus/locate.mjs --check  check only; exit 1 on any mismatch
//
// A label is written by hand with its `quote` (the exact text) and, when the quote occurs more than once
// in the letter, `nth` (1-based: which occurrence is meant). This script finds it and writes `start` and
// `end`, counted in Unicode code points from the first character of the letter text (the text after the
// three header lines and the blank line), then drops `nth`. A label whose quote is ambiguous and has no
// `nth`, or is not found, is reported and left as it is.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const folder = dirname(fileURLToPath(import.meta.url));
const checkOnly = process.argv.includes('--check');

/** The letter text of a corpus file: everything after the header and its blank line. */
export function letterText(raw) {
  const cut = raw.indexOf('\n\n');
  if (cut < 0) throw new Error('no blank line after the header');
  return raw.slice(cut + 2);
}

/** Code-point offsets of every occurrence of `quote` in `text`. */
function occurrences(points, quote) {
  const q = Array.from(quote);
  const found = [];
  for (let i = 0; i + q.length <= points.length; i += 1) {
    let same = true;
    for (let j = 0; j < q.length && same; j += 1) same = points[i + j] === q[j];
    if (same) found.push(i);
  }
  return found;
}

let problems = 0;
for (const name of readdirSync(folder)
  .filter((file) => file.endsWith('.labels.json'))
  .sort()) {
  const path = join(folder, name);
  const data = JSON.parse(readFileSync(path, 'utf8'));
  const points = Array.from(letterText(readFileSync(join(folder, data.letter), 'utf8')));
  let changed = false;
  for (const label of data.labels) {
    const length = Array.from(label.quote).length;
    if (typeof label.start === 'number' && label.nth === undefined) {
      const seen = points.slice(label.start, label.start + length).join('');
      if (seen !== label.quote || label.end !== label.start + length) {
        problems += 1;
        console.log(`${name}: «${label.quote}» is not at ${label.start} (found «${seen}»)`);
      }
      continue;
    }
    if (checkOnly) {
      problems += 1;
      console.log(`${name}: «${label.quote}» has no offset yet`);
      continue;
    }
    const at = occurrences(points, label.quote);
    const index = label.nth === undefined ? (at.length === 1 ? 0 : -1) : label.nth - 1;
    if (index < 0 || index >= at.length) {
      problems += 1;
      console.log(`${name}: «${label.quote}» found ${at.length} time(s)${label.nth === undefined ? '' : `, wanted #${label.nth}`}`);
      continue;
    }
    label.start = at[index];
    label.end = at[index] + length;
    delete label.nth;
    changed = true;
  }
  if (changed && data.labels.every((label) => typeof label.start === 'number')) data.labels.sort((a, b) => a.start - b.start || a.end - b.end);
  if (changed) {
    data.labels = data.labels.map(({ quote, start, end, kind, severity, reason, ...rest }) => ({ quote, start, end, kind, severity, reason, ...rest }));
    writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
  }
}
console.log(problems === 0 ? 'all labels located' : `${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
