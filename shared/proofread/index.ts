export { proofread, proofreadParagraph, proofreadParagraphs, proofreadDocumentRules, applyFixes, findingKey } from './proofread';
export { splitParagraphs, placeParagraphs, inferRoles, type PlacedParagraph } from './paragraphs';
export { RULES, ruleById, activeRules } from './registry';
export { exportFindings, codePointIndex, type ExportedFinding } from './codePoints';
export type { Finding, Severity, ProofreadOptions, ParagraphInput, WordListEntry, Rule } from './core/types';
