import { addressMixed, addressNumber, addresseeOwnLine, addresseeThirdPerson } from './rules/addressees';
import { outsideGb2312 } from './rules/fallbackGlyphs';
import { proposalKindMixed, proposalTitleUnmarked, titleNounDoubled } from './rules/genre';
import { contactNotNote, fieldLeftEmpty, signatureMissing, signatureNameCut } from './rules/closing';
import { caseNumberMismatch, figureMismatch, nameTwoWays, phraseAcrossComma, scopeWordDrift, shortNameUnintroduced } from './rules/consistency';
import {
  chineseZero,
  dateInvalid,
  dateLeadingZero,
  dateLineIncomplete,
  dateMissingUnits,
  dateNumericSeparators,
  dateTwoDigitYear,
  signoffChineseDate,
  yearMissingNian,
} from './rules/dates';
import { headingLevelMismatch, headingLevelOrder, headingOrdinalPunct, headingSequence } from './rules/headings';
import { addresseeColon, ccFormat } from './rules/letter';
import { nameInconsistentForm, nameNearMiss } from './rules/names';
import { badMagnitudeUnit, fullwidthAlphanumeric, percentMissing, rangeHyphen, rangeUnitRepeat } from './rules/numbers';
import { docNumberFormat, numberedJianshe, proposalNumberDi, proposalNumberHao, unfilledField } from './rules/numbering';
import { asciiQuote, halfwidthBracket, nestedQuoteLevel, nestedTitleMark, pairUnclosed, pairUnopened, pairWidthMismatch } from './rules/pairs';
import {
  colonAfterDe,
  colonBeforeList,
  dunAfterConnective,
  dunApproximateNumber,
  dunBeforeConjunction,
  dunBetweenQuoted,
  ellipsisForm,
  halfwidthPunct,
  hyphenBetweenHan,
  missingStopAfterReceipt,
  paragraphWithoutEnd,
  periodInsideEmbeddedQuote,
  repeatedPunct,
  spaceInChinese,
} from './rules/punctuation';
import { doubledGuanyu, doubledWord, houTwice, jiezhiJiezhi, proposalTitleQuotes, receiptMissingShou, titleMarkMisuse } from './rules/wording';
import { knownTypo, standardTerm } from './rules/wordLists';
import { deForDe, deForDi, deForDiBeforeVerb } from './rules/particles';
import { datesDisagree, sessionMismatch } from './rules/repeatedFacts';
import type { ProofreadOptions, Rule } from './core/types';

/** Every rule, in the order the panel lists kinds. */
export const RULES: readonly Rule[] = [
  pairUnopened,
  pairUnclosed,
  pairWidthMismatch,
  halfwidthBracket,
  nestedTitleMark,
  nestedQuoteLevel,
  asciiQuote,
  halfwidthPunct,
  repeatedPunct,
  periodInsideEmbeddedQuote,
  dunBeforeConjunction,
  dunApproximateNumber,
  dunBetweenQuoted,
  dunAfterConnective,
  ellipsisForm,
  colonBeforeList,
  colonAfterDe,
  missingStopAfterReceipt,
  receiptMissingShou,
  paragraphWithoutEnd,
  spaceInChinese,
  dateMissingUnits,
  yearMissingNian,
  dateLeadingZero,
  dateNumericSeparators,
  dateInvalid,
  dateTwoDigitYear,
  chineseZero,
  signoffChineseDate,
  dateLineIncomplete,
  percentMissing,
  rangeHyphen,
  hyphenBetweenHan,
  badMagnitudeUnit,
  rangeUnitRepeat,
  fullwidthAlphanumeric,
  docNumberFormat,
  proposalNumberHao,
  proposalNumberDi,
  numberedJianshe,
  unfilledField,
  headingSequence,
  headingLevelOrder,
  headingOrdinalPunct,
  headingLevelMismatch,
  doubledWord,
  houTwice,
  doubledGuanyu,
  proposalTitleQuotes,
  knownTypo,
  deForDi,
  deForDiBeforeVerb,
  deForDe,
  standardTerm,
  jiezhiJiezhi,
  titleMarkMisuse,
  addresseeColon,
  ccFormat,
  nameNearMiss,
  nameInconsistentForm,
  addressNumber,
  addressMixed,
  addresseeThirdPerson,
  proposalKindMixed,
  proposalTitleUnmarked,
  phraseAcrossComma,
  titleNounDoubled,
  signatureMissing,
  signatureNameCut,
  contactNotNote,
  addresseeOwnLine,
  fieldLeftEmpty,
  nameTwoWays,
  scopeWordDrift,
  caseNumberMismatch,
  sessionMismatch,
  datesDisagree,
  shortNameUnintroduced,
  figureMismatch,
  outsideGb2312,
];

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

/** The rules a check runs: the default-on ones, plus those turned on, minus those turned off. */
export function activeRules(options: Pick<ProofreadOptions, 'disabledRules' | 'enabledRules'> = {}): Rule[] {
  const disabled = new Set(options.disabledRules ?? []);
  const enabled = new Set(options.enabledRules ?? []);
  return RULES.filter((rule) => !disabled.has(rule.id) && (rule.defaultOn || enabled.has(rule.id)));
}
