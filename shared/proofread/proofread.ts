import { placeParagraphs, splitParagraphs, type PlacedParagraph } from './paragraphs';
import { activeRules } from './registry';
import type { Finding, Hit, ParagraphInput, ProofreadOptions, Rule, RuleContext } from './core/types';

const KEY_CONTEXT = 6;

function toFinding(rule: Rule, hit: Hit, offset: number): Finding {
  const finding: Finding = {
    rule: rule.id,
    severity: rule.severity,
    message: hit.message,
    basis: rule.basis,
    start: hit.start + offset,
    end: hit.end + offset,
  };
  return hit.fix === undefined ? finding : { ...finding, fix: hit.fix };
}

function contextOf(options: ProofreadOptions): RuleContext {
  const context: RuleContext = { wordList: options.wordList ?? [] };
  if (options.addressees !== undefined) context.addressees = options.addressees;
  if (options.lists !== undefined) context.lists = options.lists;
  if (options.caseNumber !== undefined) context.caseNumber = options.caseNumber;
  return context;
}

/**
 * Paragraph-scope findings for one paragraph, offsets relative to it: what the editor reruns for a
 * paragraph the user just changed.
 */
export function proofreadParagraph(paragraph: ParagraphInput, options: ProofreadOptions = {}): Finding[] {
  const findings: Finding[] = [];
  checkParagraph(paragraph, 0, activeRules(options), contextOf(options), findings);
  return findings;
}

/** Findings of the rules that read the whole letter (heading sequence, name forms), offsets into the joined text. */
export function proofreadDocumentRules(paragraphs: readonly PlacedParagraph[], options: ProofreadOptions = {}): Finding[] {
  const findings: Finding[] = [];
  checkDocument(paragraphs, activeRules(options), contextOf(options), findings);
  return findings;
}

function checkParagraph(paragraph: ParagraphInput, offset: number, rules: readonly Rule[], context: RuleContext, into: Finding[]): void {
  for (const rule of rules) if (rule.scope === 'paragraph') for (const hit of rule.check(paragraph, context)) into.push(toFinding(rule, hit, offset));
}

function checkDocument(paragraphs: readonly PlacedParagraph[], rules: readonly Rule[], context: RuleContext, into: Finding[]): void {
  for (const rule of rules) {
    if (rule.scope !== 'document') continue;
    for (const { paragraph, ...hit } of rule.check(paragraphs, context)) into.push(toFinding(rule, hit, paragraphs[paragraph].offset));
  }
}

/** A stable identity for a finding that survives edits elsewhere in the letter: rule, flagged text and a little context. */
export function findingKey(text: string, finding: Pick<Finding, 'rule' | 'start' | 'end'>): string {
  const before = text.slice(Math.max(0, finding.start - KEY_CONTEXT), finding.start);
  const after = text.slice(finding.end, finding.end + KEY_CONTEXT);
  return `${finding.rule}|${before}|${text.slice(finding.start, finding.end)}|${after}`;
}

function checkPlaced(text: string, paragraphs: readonly PlacedParagraph[], options: ProofreadOptions): Finding[] {
  // Rules and context are worked out once per check, not once per paragraph.
  const rules = activeRules(options);
  const context = contextOf(options);
  const findings: Finding[] = [];
  for (const paragraph of paragraphs) checkParagraph(paragraph, paragraph.offset, rules, context, findings);
  checkDocument(paragraphs, rules, context, findings);
  const ignored = new Set(options.ignoredKeys ?? []);
  return findings
    .filter((finding) => ignored.size === 0 || !ignored.has(findingKey(text, finding)))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
}

/** Checks plain text (paragraphs at line breaks, roles guessed from their shape). Offsets are UTF-16 units. */
export function proofread(text: string, options: ProofreadOptions = {}): Finding[] {
  return checkPlaced(text, splitParagraphs(text), options);
}

/** Checks paragraphs whose roles are known (the editor, a stored draft); offsets are into their texts joined by \n. */
export function proofreadParagraphs(paragraphs: readonly ParagraphInput[], options: ProofreadOptions = {}): Finding[] {
  return checkPlaced(paragraphs.map((p) => p.text).join('\n'), placeParagraphs(paragraphs), options);
}

/**
 * Applies the fixes of the given findings as one edit (e.g. every half-width comma at once). Overlapping
 * fixes after the first are skipped, so the result is always well defined.
 */
export function applyFixes(text: string, findings: readonly Finding[]): string {
  const fixable = findings.filter((finding) => finding.fix !== undefined).sort((a, b) => a.start - b.start);
  let result = '';
  let cursor = 0;
  for (const finding of fixable) {
    if (finding.start < cursor) continue;
    result += text.slice(cursor, finding.start) + finding.fix;
    cursor = finding.end;
  }
  return result + text.slice(cursor);
}
