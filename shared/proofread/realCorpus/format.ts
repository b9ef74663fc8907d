// The file format of the real-letter corpus (see README.md). Pure functions: no file access, no rules.

/** One letter file: three header lines, a blank line, then the letter as published. */
export interface RealLetter {
  source: string;
  title: string;
  status: 'complete' | 'partial';
  /** The letter text; label offsets count code points from its first character. */
  text: string;
}

export type LabelSeverity = 'error' | 'warning' | 'hint';

/** A defect marked by hand: `quote` is the exact text at code points [start, end) of the letter text. */
export interface RealLabel {
  quote: string;
  start: number;
  end: number;
  kind: LabelKind;
  severity: LabelSeverity;
  reason: string;
}

/** The labels file beside each letter (NN-name.labels.json). */
export interface RealLetterLabels {
  letter: string;
  issuer: string;
  /** Where the issuing body was read: its 署名, the title, the page, a field in the letter, or the text (a guess). */
  issuerFrom: string;
  genre: '建议答复' | '提案答复' | '协办意见';
  clean: boolean;
  labels: RealLabel[];
}

/** The defect kinds of this corpus's own taxonomy (README.md explains each). */
export const LABEL_KINDS = [
  '称谓不一致',
  '名称不一致',
  '范围词变化',
  '重复',
  '案由引用',
  '提案建议混称',
  '编号格式',
  '文号格式',
  '日期格式',
  '标点',
  '序号格式',
  '空格',
  '错别字',
  '漏字',
  '病句',
  '用词',
  '书名号',
  '数字单位',
  '联系人未作附注',
  '版记格式',
  '结构',
  '模板残留',
] as const;

export type LabelKind = (typeof LABEL_KINDS)[number];

/** Splits a corpus file into its header fields and the letter text. Throws on a malformed header. */
export function parseLetterFile(raw: string): RealLetter {
  const cut = raw.indexOf('\n\n');
  if (cut < 0) throw new Error('no blank line after the header');
  const header = raw.slice(0, cut).split('\n');
  if (header.length !== 3) throw new Error(`the header has ${header.length} lines, not 3`);
  const field = (line: string, name: string): string => {
    if (!line.startsWith(`${name}: `)) throw new Error(`header line «${line}» is not «${name}: …»`);
    return line.slice(name.length + 2);
  };
  const status = field(header[2], 'status');
  if (status !== 'complete' && status !== 'partial') throw new Error(`unknown status «${status}»`);
  return { source: field(header[0], 'source'), title: field(header[1], 'title'), status, text: raw.slice(cut + 2) };
}

/** The text at code points [start, end) of `text`. */
export function codePointSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}
