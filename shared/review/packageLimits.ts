/**
 * What one .dafu package may hold, and how long reading and importing it may take. Each count is far
 * beyond what a real draft's package carries (a letter worked on for months has hundreds of revisions,
 * tens of comments, a dozen review events), and small enough that a package at every limit at once
 * still imports in seconds: reading, checking and merging are linear in what the package holds.
 */
export const PACKAGE_LIMITS = {
  /** The .dafu file itself (300 revisions of a 3,000-character letter pack to about 100 KB). */
  fileBytes: 75 * 1024 * 1024,
  /** payload.json once inflated: what a zip bomb is stopped at. */
  payloadBytes: 128 * 1024 * 1024,
  /** Entries in the zip (a package has two). */
  zipEntries: 16,
  revisions: 10_000,
  /** Parents of one revision: the app links at most two (a merge or a restore). */
  parentsPerRevision: 8,
  /** Comments and replies together. */
  comments: 10_000,
  reviewEvents: 2_000,
  /** Fields the draft defines (a template has about twenty). */
  fieldDefinitions: 500,
  /** Deadline extensions of the draft's case. */
  caseExtensions: 200,
  /** Reading, checking and importing together; beyond it the import stops and nothing is written. */
  importMs: 60_000,
} as const;

/** Thrown for a package that must not be imported; the message tells the clerk what to do. */
export class PackageRefused extends Error {}

const count = (n: number) => n.toLocaleString('en-US');

/** What a package holds too many of, in the words of the refusal. */
export type CountedPart = 'revisions' | 'parentsPerRevision' | 'comments' | 'reviewEvents' | 'fieldDefinitions' | 'caseExtensions';

/** Where the count is taken, its unit and what is counted. */
const PART_WORDS: Record<CountedPart, [holder: string, unit: string, what: string]> = {
  revisions: ['这个草稿包有', '个', '版本'],
  parentsPerRevision: ['草稿包中的一个版本有', '个', '上一版本'],
  comments: ['这个草稿包有', '条', '批注和回复'],
  reviewEvents: ['这个草稿包有', '条', '审核记录'],
  fieldDefinitions: ['这个草稿包的草稿有', '个', '字段'],
  caseExtensions: ['这个草稿包的案件有', '条', '延期记录'],
};

/** The refusal of a package holding `found` of `part`, more than PACKAGE_LIMITS allows: names the limit. */
export function tooManyMessage(part: CountedPart, found: number): string {
  const [holder, unit, what] = PART_WORDS[part];
  return `${holder} ${count(found)} ${unit}${what}，超过了上限（最多 ${count(PACKAGE_LIMITS[part])} ${unit}），不能导入。真实的草稿包不会有这么多，这个文件可能已损坏或被改动过，请让对方重新导出一份。`;
}

export const PACKAGE_TOO_BIG = `这个文件太大（草稿包最大 ${PACKAGE_LIMITS.fileBytes / 1024 / 1024} MB），不是答复函起草助手的草稿包，不能导入。`;
export const PACKAGE_INFLATES_TOO_MUCH = `这个草稿包解压后大得异常（超过 ${PACKAGE_LIMITS.payloadBytes / 1024 / 1024} MB），可能已损坏或被改动过，不能导入。请让对方重新导出一份。`;

export const tookTooLongMessage = (ms: number) =>
  `导入这个草稿包超过了 ${Math.round(ms / 1000)} 秒的时限，已停止，本机的数据没有改动。这个文件可能已损坏或被改动过，请让对方重新导出一份。`;

/** A point in time after which a package's import stops (throws PackageRefused); checked between steps and records. */
export interface Deadline {
  check: () => void;
}

export function deadlineAfter(ms: number, now: () => number = Date.now): Deadline {
  const end = now() + ms;
  return {
    check: () => {
      if (now() > end) throw new PackageRefused(tookTooLongMessage(ms));
    },
  };
}

/** No time limit: for callers that read their own packages (tests, export checks). */
export const NO_DEADLINE: Deadline = { check: () => {} };
