// Which of the labeller's kinds (README.md, taxonomy) each rule's findings belong to. A finding matches
// a label only when its rule maps to the label's kind. Made from what each rule looks for, not from the
// labels: a rule that is not listed can match nothing, so each of its findings counts as false.
import type { LabelKind } from './format';

export const RULE_KINDS: Readonly<Record<string, readonly LabelKind[]>> = {
  // paired marks and punctuation
  'pair-unopened': ['标点', '案由引用', '书名号'],
  'pair-unclosed': ['标点', '案由引用', '书名号'],
  'pair-width-mismatch': ['标点'],
  'halfwidth-bracket': ['标点'],
  'nested-title-mark': ['书名号', '案由引用', '标点'],
  'nested-quote-level': ['标点', '案由引用'],
  'ascii-quote': ['标点'],
  'halfwidth-punct': ['标点'],
  'repeated-punct': ['标点'],
  'period-inside-quote': ['标点', '案由引用'],
  'dun-before-conjunction': ['标点'],
  'dun-approximate-number': ['标点'],
  'dun-between-quoted': ['标点'],
  'dun-after-connective': ['标点'],
  'ellipsis-form': ['标点'],
  'colon-after-ruxia': ['标点', '结构'],
  'colon-after-de': ['标点'],
  'missing-stop-after-receipt': ['标点'],
  'receipt-missing-shou': ['漏字'],
  'paragraph-without-end': ['标点'],
  'space-in-chinese': ['空格'],
  // dates and numbers
  'date-missing-units': ['日期格式'],
  'year-missing-nian': ['日期格式'],
  'date-leading-zero': ['日期格式'],
  'date-numeric': ['日期格式'],
  'date-invalid': ['日期格式'],
  'date-two-digit-year': ['日期格式'],
  'chinese-zero': ['日期格式'],
  'signoff-chinese-date': ['日期格式'],
  'date-line-incomplete': ['日期格式'],
  'percent-missing': ['数字单位'],
  'range-hyphen': ['标点'],
  'hyphen-between-han': ['标点'],
  'bad-magnitude-unit': ['数字单位'],
  'range-unit-repeat': ['数字单位'],
  'fullwidth-alphanumeric': ['数字单位', '标点'],
  // numbers of documents, proposals and fields
  'doc-number-format': ['文号格式'],
  'proposal-number-hao': ['编号格式'],
  'proposal-number-di': ['编号格式'],
  'numbered-jianshe': ['错别字'],
  'unfilled-field': ['模板残留'],
  // headings and ordinals
  'heading-sequence': ['序号格式'],
  'heading-level-order': ['序号格式'],
  'heading-ordinal-punct': ['序号格式'],
  'heading-level-mismatch': ['序号格式'],
  // wording
  'doubled-word': ['重复'],
  'hou-twice': ['重复'],
  'doubled-guanyu': ['重复', '案由引用'],
  'proposal-title-in-quotes': ['案由引用'],
  'known-typo': ['错别字', '用词'],
  'de-for-di': ['错别字'],
  'de-for-di-verb': ['错别字'],
  'de-for-de': ['错别字'],
  'standard-term': ['用词', '名称不一致'],
  'jiezhi-jiezhi': ['错别字', '用词'],
  'title-mark-misuse': ['书名号'],
  // the letter's frame
  'addressee-colon': ['结构'],
  'cc-format': ['版记格式'],
  // names
  'name-near-miss': ['名称不一致', '错别字'],
  'name-inconsistent-form': ['名称不一致'],
  // whole-letter consistency
  'address-number': ['称谓不一致', '模板残留'],
  'address-mixed': ['称谓不一致'],
  'addressee-third-person': ['称谓不一致'],
  'proposal-kind-mixed': ['提案建议混称'],
  'proposal-title-unmarked': ['案由引用'],
  'phrase-across-comma': ['重复'],
  'title-noun-doubled': ['重复'],
  'signature-missing': ['结构'],
  'signature-name-cut': ['漏字'],
  'contact-not-note': ['联系人未作附注', '结构'],
  'addressee-own-line': ['结构'],
  'field-left-empty': ['模板残留'],
  'name-two-ways': ['名称不一致'],
  'scope-word-drift': ['范围词变化'],
  'case-number-mismatch': ['编号格式'],
  'session-mismatch': ['编号格式', '重复'],
  'dates-disagree': ['日期格式', '重复'],
  'short-name-unintroduced': ['名称不一致'],
  // 重复 is the labeller's kind for a fact told twice (数字单位 is about how numbers are written).
  'figure-mismatch': ['重复'],
};

/**
 * Rules that report something missing from the end of a letter. A partial letter (README: the stored
 * copy may stop early) cannot be judged for them, so their findings there are not scored.
 */
export const ABSENCE_RULES: readonly string[] = ['signature-missing'];
