// The real-letter corpus as the scorer reads it: pure functions over the raw files (the test reads them
// with Vite's glob, the report script from disk).
import type { KindLabelledLetter } from '../corpus/score';
import { parseLetterFile, type RealLetterLabels } from './format';
import { ABSENCE_RULES } from './ruleKinds';

const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '!': '！', '?': '？' };
const ALNUM = /[0-9A-Za-z]/;

/**
 * Undoes the stored copies' folding of full-width punctuation (README: the ASCII-punctuation artefact):
 * an ASCII , : ; ( ) ! ? becomes full-width unless it sits between two ASCII letters or digits (8:30,
 * a URL). Length is kept, so offsets do not move. Width is not labelled in this corpus, so it is not
 * measured either.
 */
export function foldStoredPunctuation(text: string): string {
  return text.replace(/[,:;()!?]/g, (mark, index: number) =>
    ALNUM.test(text[index - 1] ?? '') && ALNUM.test(text[index + 1] ?? '') ? mark : FULL_WIDTH[mark],
  );
}

/**
 * Pairs raw letter files with their labels files, keyed by file name without extension. Each letter is
 * checked as the app would check it for its own bureau.
 */
export function realCorpusLetters(letterFiles: Readonly<Record<string, string>>, labelFiles: Readonly<Record<string, string>>): KindLabelledLetter[] {
  return Object.keys(letterFiles)
    .sort()
    .map((name) => {
      const letter = parseLetterFile(letterFiles[name]);
      const labels = JSON.parse(labelFiles[name]) as RealLetterLabels;
      // The app knows its own bureau (单位信息) and puts it in the word list; a sender guessed from the
      // text (正文推断) is not known that way.
      const wordList = labels.issuerFrom === '正文推断' ? [] : [{ name: labels.issuer, kind: 'organisation' as const }];
      return { id: name, text: letter.text, labels: labels.labels, wordList, unscoredRules: letter.status === 'partial' ? ABSENCE_RULES : [] };
    });
}
