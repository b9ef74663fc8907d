import { readDocx, type DocxContent } from './readDocx';
import { letterFromDocx, type ImportedDocx } from './letterFromDocx';
import { canonicalJson } from '../model/canonicalJson';

/** One reviewer's 修订 accepted on top of those before: a step of the imported line, stamped with them. */
export interface TrackedStep {
  author: string;
  /** Their latest w:date as written; '' when the file gives none. */
  date: string;
  letter: ImportedDocx;
}

/**
 * A .docx with 修订 as a line of revisions: the text with every 修订 rejected (what the reviewers
 * started from), then one step per reviewer, in the order of their first 修订, each accepting theirs
 * too, so the last step is the text with every 修订 accepted. Who made a change is then found through
 * the line, as for any revision.
 */
export interface TrackedLine {
  base: ImportedDocx;
  steps: TrackedStep[];
}

/** An imported .docx: the letter with every 修订 accepted, and the line of its 修订 when it has any. */
export type ImportedTrackedDocx = ImportedDocx & { tracked?: TrackedLine };

/** What import reads from a .docx: the letter as before, and (when asked) the 修订 line if the file has 修订. */
export async function readImportedDocx(bytes: Uint8Array, fileName: string, withLine: boolean): Promise<ImportedTrackedDocx> {
  const content = await readDocx(bytes, fileName);
  const marked = content.insertions + content.deletions + content.marks.length > 0;
  const tracked = withLine && marked ? await readTrackedLine(bytes, fileName) : undefined;
  if (!tracked) return letterFromDocx(content);
  // nothing is accepted: the 修订 wait as suggestions, so the note that they were accepted does not apply
  const letter = letterFromDocx({ ...content, insertions: 0, deletions: 0 });
  const people = tracked.steps.map((step) => step.author || '未署名').join('、');
  const notice = `文件里的修订（${people}）没有直接改动正文，已作为「待合并」的修改建议放在一旁：请在「待合并」中逐处核对，接受或不接受。`;
  return { ...letter, warnings: [notice, ...letter.warnings], tracked };
}

const MAX_STEPS = 12;

/** The reviewers of a tracked file with their latest date, ordered by their earliest 修订. */
function reviewers(rejected: DocxContent, accepted: DocxContent): { author: string; date: string }[] {
  const marks = [...rejected.marks, ...accepted.marks];
  const first = new Map<string, string>();
  const latest = new Map<string, string>();
  for (const { author, date } of marks) {
    if (!first.has(author) || date < (first.get(author) as string)) first.set(author, date);
    if (!latest.has(author) || date > (latest.get(author) as string)) latest.set(author, date);
  }
  return [...first.keys()]
    .sort((a, b) => (first.get(a) as string).localeCompare(first.get(b) as string))
    .map((author) => ({ author, date: latest.get(author) ?? '' }));
}

/** The line a tracked .docx makes; undefined when it holds no 修订, or none that changes the letter. */
export async function readTrackedLine(bytes: Uint8Array, fileName: string): Promise<TrackedLine | undefined> {
  const [rejected, accepted] = [await readDocx(bytes, fileName, 'rejected'), await readDocx(bytes, fileName, 'accepted')];
  const named = reviewers(rejected, accepted);
  if (named.length === 0) return undefined;
  // each step reads the file again: past a dozen reviewers the rest share the last step
  const rest = named.slice(MAX_STEPS - 1);
  const people =
    rest.length > 1
      ? [
          ...named.slice(0, MAX_STEPS - 1),
          {
            author: `${rest[0].author || '未署名'}等 ${rest.length} 人`,
            date:
              rest
                .map((person) => person.date)
                .sort()
                .at(-1) ?? '',
          },
        ]
      : named;
  const steps: TrackedStep[] = [];
  for (const [index, { author, date }] of people.entries()) {
    const last = index === people.length - 1;
    const content = last ? accepted : await readDocx(bytes, fileName, { accepting: named.slice(0, index + 1).map((person) => person.author) });
    steps.push({ author, date, letter: letterFromDocx(content) });
  }
  const base = letterFromDocx(rejected);
  // 修订 that change nothing a letter keeps (italic, underline, colour) are no line to settle
  const same = (letter: ImportedDocx) => canonicalJson([letter.document, letter.fields]) === canonicalJson([base.document, base.fields]);
  return steps.every((step) => same(step.letter)) ? undefined : { base, steps };
}
