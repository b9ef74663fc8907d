import type { BlockRole, HeadingLevel } from '../../model/document';
import type { BureauLists } from '../lists/bureauLists';

export type Severity = 'error' | 'warning' | 'info';

/** One paragraph as the checker sees it: its text and what kind of paragraph it is. */
export interface ParagraphInput {
  text: string;
  role: BlockRole;
  /** Only for headings whose level the editor knows. */
  level?: HeadingLevel;
}

/** A problem a rule found, with offsets relative to the paragraph it was found in (UTF-16 units). */
export interface Hit {
  start: number;
  end: number;
  message: string;
  /** Exact replacement for [start, end), given only where it is certain. */
  fix?: string;
}

export interface DocumentHit extends Hit {
  paragraph: number;
}

export interface WordListEntry {
  /** The official form, e.g. 柳州市市场监督管理局. */
  name: string;
  kind: 'organisation' | 'person' | 'term';
  /** Accepted short forms, e.g. 柳州市市场监管局. */
  aliases?: string[];
}

/** What a rule may read besides the paragraph itself. */
export interface RuleContext {
  wordList: readonly WordListEntry[];
  /** How many the letter answers, from the draft's case (its 提案者/代表 fields), when it has one. */
  addressees?: 'one' | 'many' | 'body';
  /** The bureau's own 易混淆词 and 规范表述 rows, checked with the shipped lists. */
  lists?: BureauLists;
  /** The number of the draft's case as registered (「第011号」, 「11」), when it has one. */
  caseNumber?: string;
}

interface RuleBase {
  id: string;
  /** Short Chinese name, used to group findings in the panel. */
  title: string;
  severity: Severity;
  /** Only high-precision rules are on unless the user turns them on. */
  defaultOn: boolean;
  /** The standard or practice the rule follows, in Chinese. */
  basis: string;
}

export interface ParagraphRule extends RuleBase {
  scope: 'paragraph';
  check: (paragraph: ParagraphInput, context: RuleContext) => Hit[];
}

/** A rule that needs the whole letter (heading sequence, name forms); cheap enough to rerun on every change. */
export interface DocumentRule extends RuleBase {
  scope: 'document';
  check: (paragraphs: readonly ParagraphInput[], context: RuleContext) => DocumentHit[];
}

export type Rule = ParagraphRule | DocumentRule;

/** A finding in the checked text: offsets are UTF-16 units into the whole text. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  basis: string;
  start: number;
  end: number;
  fix?: string;
}

export interface ProofreadOptions {
  /** Rule ids to turn off (remembered in settings). */
  disabledRules?: readonly string[];
  /** Default-off rule ids to turn on. */
  enabledRules?: readonly string[];
  /** Keys from findingKey() of findings the user chose to ignore (remembered per draft). */
  ignoredKeys?: readonly string[];
  wordList?: readonly WordListEntry[];
  /** How many the letter answers, from the draft's case; the 主送 line, when there is one, comes first. */
  addressees?: RuleContext['addressees'];
  lists?: BureauLists;
  caseNumber?: RuleContext['caseNumber'];
}
