import type { CaseFacts } from './caseModel';

/** What separates names in one cell of a 交办清单 or one line of the case window. */
const SEPARATORS = /[、，,;；\n\r\t/／]+|\s{2,}/;

/** 「张三、李四，王五」 → the names in order, blanks and repeats dropped. */
export function splitNames(text: string): string[] {
  const names = text
    .split(SEPARATORS)
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return [...new Set(names)];
}

/**
 * The 领衔 and 附议 proposers from a list's cells: the first name in the 提案者/领衔人 cell leads; the
 * rest of that cell and the 附议人 cell follow, in order, without repeating the lead.
 */
export function readProposers(leadCell: string, coCell = ''): Pick<CaseFacts, 'proposer' | 'coProposers'> {
  const [proposer = '', ...rest] = splitNames(leadCell);
  const coProposers = [...new Set([...rest, ...splitNames(coCell)])].filter((name) => name !== proposer);
  return { proposer, coProposers };
}

/**
 * The facts as an app from before 附议人 reads them (its schema refuses a fact it does not know): the
 * case's record on the team server, whose 附议人 travel as events instead.
 */
export function withoutCoProposers(facts: CaseFacts): Omit<CaseFacts, 'coProposers'> {
  const older: Partial<CaseFacts> = { ...facts };
  delete older.coProposers;
  return older as Omit<CaseFacts, 'coProposers'>;
}

/** Everyone the case's reply answers: the 领衔 first. */
export const caseProposers = (facts: Pick<CaseFacts, 'proposer' | 'coProposers'>): string[] =>
  [facts.proposer, ...facts.coProposers].filter((name) => name.trim() !== '');

/** The proposers where room is short (the desk's column, a line of `dafu cases list`): 「张三等3人」. */
export function proposersInBrief(facts: Pick<CaseFacts, 'proposer' | 'coProposers'>): string {
  return facts.coProposers.length === 0 ? facts.proposer : `${facts.proposer}等${facts.coProposers.length + 1}人`;
}

/** The case's proposers in one line, as a list or the register shows them: 「张三（领衔）、李四、王五」. */
export function proposersLine(facts: Pick<CaseFacts, 'proposer' | 'coProposers'>): string {
  return facts.coProposers.length === 0 ? facts.proposer : [`${facts.proposer}（领衔）`, ...facts.coProposers].join('、');
}
