import { codePointIndex } from '../codePoints';
import { proofread } from '../proofread';
import { RULES } from '../registry';
import type { Finding, Severity, WordListEntry } from '../core/types';

/** One labelled letter: offsets of expected findings are UTF-16 units into `text` (the corpus is all BMP, so also code points). */
export interface CorpusEntry {
  id: string;
  kind: 'natural' | 'injected' | 'clean';
  source: string;
  text: string;
  wordList?: WordListEntry[];
  expected: { rule: string; start: number; end: number; text: string }[];
  /** Real defects no rule can find reliably, written down so that recall is not overstated. */
  knownMisses?: string[];
}

export interface RuleScore {
  rule: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface CorpusScore {
  perRule: RuleScore[];
  overall: RuleScore;
  /** Findings nobody expected and expected findings nobody found, for reading when a score drops. */
  mistakes: { letter: string; rule: string; kind: 'false positive' | 'missed'; text: string }[];
  /** Letter text measured (UTF-16 units; the planted corpus is all BMP, so also characters). */
  characters: number;
  /** False findings per 1,000 characters of letter text. */
  falsePerThousand: number;
}

/** Which severities a measure counts: all of them, or only warning and error (the measure). */
export interface ScoreOptions {
  severities?: readonly Severity[];
}

export const WARNING_AND_ERROR: readonly Severity[] = ['error', 'warning'];

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function score(rule: string, tp: number, fp: number, fn: number): RuleScore {
  return {
    rule,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}

/** Runs the default checker over every letter and pairs findings with labels one to one (same rule, overlapping range). */
export function scoreCorpus(corpus: readonly CorpusEntry[], options: ScoreOptions = {}): CorpusScore {
  const counted = (rule: string, severity?: Severity) =>
    options.severities === undefined || options.severities.includes(severity ?? RULES.find((r) => r.id === rule)?.severity ?? 'info');
  let characters = 0;
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const tally = (rule: string) => counts.get(rule) ?? counts.set(rule, { tp: 0, fp: 0, fn: 0 }).get(rule)!;
  const mistakes: CorpusScore['mistakes'] = [];
  for (const letter of corpus) {
    characters += letter.text.length;
    const findings: Finding[] = proofread(letter.text, { wordList: letter.wordList }).filter((finding) => counted(finding.rule, finding.severity));
    const unmatched = new Set(findings);
    for (const expected of letter.expected.filter((entry) => counted(entry.rule))) {
      const match = findings.find((finding) => unmatched.has(finding) && finding.rule === expected.rule && overlaps(finding, expected));
      if (match) {
        unmatched.delete(match);
        tally(expected.rule).tp += 1;
      } else {
        tally(expected.rule).fn += 1;
        mistakes.push({ letter: letter.id, rule: expected.rule, kind: 'missed', text: expected.text });
      }
    }
    for (const finding of unmatched) {
      tally(finding.rule).fp += 1;
      mistakes.push({ letter: letter.id, rule: finding.rule, kind: 'false positive', text: letter.text.slice(finding.start, finding.end) });
    }
  }
  const order = RULES.map((rule) => rule.id);
  const perRule = [...counts].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)).map(([rule, c]) => score(rule, c.tp, c.fp, c.fn));
  const sum = (key: 'truePositives' | 'falsePositives' | 'falseNegatives') => perRule.reduce((total, row) => total + row[key], 0);
  const overall = score('overall', sum('truePositives'), sum('falsePositives'), sum('falseNegatives'));
  return { perRule, overall, mistakes, characters, falsePerThousand: characters === 0 ? 0 : (overall.falsePositives * 1000) / characters };
}

/** The table for the closing note: one line per rule, then the total. */
export function formatScoreTable({ perRule, overall }: CorpusScore): string[] {
  const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
  const line = (row: RuleScore) =>
    `| ${row.rule} | ${row.truePositives} | ${row.falsePositives} | ${row.falseNegatives} | ${pct(row.precision)} | ${pct(row.recall)} |`;
  return ['| rule | TP | FP | FN | precision | recall |', '|---|---|---|---|---|---|', ...perRule.map(line), line(overall)];
}

// ---- Scoring against labels that name a kind of defect, not a rule (the real-letter corpus) ----

/** A hand-made label: code-point offsets into the letter, the labeller's kind and severity. */
export interface KindLabel {
  start: number;
  end: number;
  quote: string;
  kind: string;
  severity: 'error' | 'warning' | 'hint';
}

export interface KindLabelledLetter {
  id: string;
  text: string;
  labels: readonly KindLabel[];
  wordList?: WordListEntry[];
  /** Rules whose findings are not scored on this letter (absence rules on a letter whose end is lost). */
  unscoredRules?: readonly string[];
}

export interface KindRuleRow {
  rule: string;
  /** Findings of the rule at a counted severity. */
  findings: number;
  /** Findings that overlap a label (any severity) of a kind the rule maps to. */
  correct: number;
  falsePositives: number;
  precision: number;
  /** Counted labels (warning and error) of the rule's kinds that this rule found. */
  labelsFound: number;
  /** Counted labels of the rule's kinds (several rules may share a kind, so rows do not add up). */
  labelsOfKinds: number;
  recall: number;
}

export interface KindRow {
  kind: string;
  labels: number;
  found: number;
  recall: number;
  /** Rules mapped to this kind; none means no rule covers it. */
  rules: string[];
}

export interface KindCorpusScore {
  perRule: KindRuleRow[];
  perKind: KindRow[];
  overall: { findings: number; correct: number; falsePositives: number; precision: number; labels: number; found: number; recall: number };
  characters: number;
  falsePerThousand: number;
  /** For reading when a score drops: false findings and missed labels with their text. */
  mistakes: { letter: string; rule: string; kind: 'false positive' | 'missed'; text: string; message?: string }[];
  /** Correct findings as the clerk sees them. */
  hits: { letter: string; rule: string; text: string; message: string; labelKind: string }[];
}

const LABEL_COUNTED = new Set(['error', 'warning']);

/**
 * Scores the checker against kind labels. Definitions:
 * - Counted findings are those at warning or error level; counted labels are those at warning or error.
 * - A finding and a label match when their code-point spans overlap and the finding's rule maps to the
 *   label's kind in `ruleKinds`. A finding with no mapping can match nothing.
 * - A finding is correct when it matches any label, a hint label included (the defect is real; hint
 *   labels are left out of recall only). Every other counted finding is false.
 * - A counted label is found when at least one counted finding matches it. Recall is found / counted
 *   labels; a defect no rule covers counts as missed.
 * - `prepare` may rewrite the text before checking, keeping its length (the ASCII-punctuation fold).
 */
export function scoreByKind(
  letters: readonly KindLabelledLetter[],
  ruleKinds: Readonly<Record<string, readonly string[]>>,
  prepare: (text: string) => string = (text) => text,
): KindCorpusScore {
  const rows = new Map<string, { findings: number; correct: number; found: Set<KindLabel> }>();
  const row = (rule: string) => rows.get(rule) ?? rows.set(rule, { findings: 0, correct: 0, found: new Set() }).get(rule)!;
  const foundLabels = new Set<KindLabel>();
  const countedLabels: KindLabel[] = [];
  const mistakes: KindCorpusScore['mistakes'] = [];
  const hits: KindCorpusScore['hits'] = [];
  let characters = 0;
  let findingsTotal = 0;
  let correctTotal = 0;
  for (const letter of letters) {
    const text = prepare(letter.text);
    const toPoint = codePointIndex(text);
    const points = Array.from(text);
    characters += points.length;
    countedLabels.push(...letter.labels.filter((label) => LABEL_COUNTED.has(label.severity)));
    const unscored = new Set(letter.unscoredRules ?? []);
    const findings = proofread(text, { wordList: letter.wordList }).filter((finding) => LABEL_COUNTED.has(finding.severity) && !unscored.has(finding.rule));
    for (const finding of findings) {
      const span = { start: toPoint(finding.start), end: Math.max(toPoint(finding.end), toPoint(finding.start) + 1) };
      const kinds = ruleKinds[finding.rule] ?? [];
      const matched = letter.labels.filter((label) => kinds.includes(label.kind) && overlaps(span, label));
      const r = row(finding.rule);
      r.findings += 1;
      findingsTotal += 1;
      const flagged = points.slice(span.start, span.end).join('');
      if (matched.length > 0) {
        r.correct += 1;
        correctTotal += 1;
        hits.push({ letter: letter.id, rule: finding.rule, text: flagged, message: finding.message, labelKind: matched[0].kind });
        for (const label of matched) {
          if (!LABEL_COUNTED.has(label.severity)) continue;
          r.found.add(label);
          foundLabels.add(label);
        }
      } else {
        mistakes.push({ letter: letter.id, rule: finding.rule, kind: 'false positive', text: flagged, message: finding.message });
      }
    }
    for (const label of letter.labels) {
      if (LABEL_COUNTED.has(label.severity) && !foundLabels.has(label))
        mistakes.push({ letter: letter.id, rule: label.kind, kind: 'missed', text: label.quote });
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const order = RULES.map((rule) => rule.id);
  const perRule = [...rows]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([rule, r]): KindRuleRow => {
      const kinds = ruleKinds[rule] ?? [];
      const labelsOfKinds = countedLabels.filter((label) => kinds.includes(label.kind)).length;
      const falsePositives = r.findings - r.correct;
      return {
        rule,
        findings: r.findings,
        correct: r.correct,
        falsePositives,
        precision: ratio(r.correct, r.findings),
        labelsFound: r.found.size,
        labelsOfKinds,
        recall: ratio(r.found.size, labelsOfKinds),
      };
    });
  const kinds = [...new Set(countedLabels.map((label) => label.kind))];
  const perKind = kinds
    .map((kind): KindRow => {
      const labels = countedLabels.filter((label) => label.kind === kind);
      const found = labels.filter((label) => foundLabels.has(label)).length;
      return {
        kind,
        labels: labels.length,
        found,
        recall: ratio(found, labels.length),
        rules: Object.keys(ruleKinds).filter((rule) => ruleKinds[rule].includes(kind)),
      };
    })
    .sort((a, b) => b.labels - a.labels);
  const falsePositives = findingsTotal - correctTotal;
  return {
    perRule,
    perKind,
    overall: {
      findings: findingsTotal,
      correct: correctTotal,
      falsePositives,
      precision: ratio(correctTotal, findingsTotal),
      labels: countedLabels.length,
      found: foundLabels.size,
      recall: ratio(foundLabels.size, countedLabels.length),
    },
    characters,
    falsePerThousand: characters === 0 ? 0 : (falsePositives * 1000) / characters,
    mistakes,
    hits,
  };
}

/** The tables for the closing note: per rule, then per labelled kind, then the total. */
export function formatKindScoreTables(result: KindCorpusScore): string[] {
  const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
  const { overall } = result;
  return [
    '| rule | findings | correct | false | precision | labels found / of its kinds | recall |',
    '|---|---|---|---|---|---|---|',
    ...result.perRule.map(
      (r) =>
        `| ${r.rule} | ${r.findings} | ${r.correct} | ${r.falsePositives} | ${pct(r.precision)} | ${r.labelsFound} / ${r.labelsOfKinds} | ${pct(r.recall)} |`,
    ),
    `| overall | ${overall.findings} | ${overall.correct} | ${overall.falsePositives} | ${pct(overall.precision)} | ${overall.found} / ${overall.labels} | ${pct(overall.recall)} |`,
    '',
    '| kind | labels (warning+error) | found | recall | rules |',
    '|---|---|---|---|---|',
    ...result.perKind.map((k) => `| ${k.kind} | ${k.labels} | ${k.found} | ${pct(k.recall)} | ${k.rules.join(', ') || '—'} |`),
    '',
    `characters ${result.characters}; false findings per 1,000 characters ${result.falsePerThousand.toFixed(2)}`,
  ];
}
