/** The columns a 交办清单 can fill, and the headers clerks' lists use for them. */
export const IMPORT_COLUMNS = [
  'kind',
  'session',
  'number',
  'title',
  'proposer',
  'coProposers',
  'role',
  'assignedOn',
  'dueOn',
  'leadUnit',
  'otherUnits',
  'handler',
  'handlerPhone',
  'proposalText',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export const IMPORT_COLUMN_LABELS: Record<ImportColumn, string> = {
  kind: '类别',
  session: '届次/会议',
  number: '编号',
  title: '标题',
  proposer: '提案者/代表',
  coProposers: '附议人',
  role: '承办方式',
  assignedOn: '交办日期',
  dueOn: '办理期限',
  leadUnit: '主办单位',
  otherUnits: '协办/会办单位',
  handler: '承办人',
  handlerPhone: '联系电话',
  proposalText: '提案/建议内容',
};

/** Exact header names (after tidying) first; checked before the looser `contains` rules below. */
const EXACT: Record<ImportColumn, string[]> = {
  kind: ['类别', '类型', '案件类别', '种类', '提案建议', '提案/建议'],
  session: ['届次', '会议', '届次会议', '届次/会议', '会次', '届别'],
  number: ['提案号', '建议号', '编号', '案号', '提案编号', '建议编号', '提案建议号'],
  title: ['标题', '案由', '提案标题', '建议标题', '题目', '提案名称', '建议名称', '提案案由', '建议案由'],
  proposer: ['提案者', '提案人', '领衔人', '代表', '领衔代表', '提出人', '代表姓名', '提案单位', '提出者', '领衔人/提案者'],
  coProposers: ['附议人', '附议', '附议代表', '附议委员', '附议人员', '联名人', '联名代表', '联名委员', '联名提出人', '其他提出人'],
  role: ['承办方式', '主办协办', '主办/协办', '办理方式', '承办类型', '承办类别', '办理类型'],
  assignedOn: ['交办日期', '交办时间', '交办日'],
  dueOn: ['办理期限', '答复期限', '办结期限', '截止日期', '答复截止日期', '办理时限', '答复时限'],
  leadUnit: ['主办单位'],
  otherUnits: ['协办单位', '会办单位', '协办/会办单位', '协办会办单位'],
  handler: ['承办人', '联系人', '经办人'],
  handlerPhone: ['联系电话', '电话', '承办人电话'],
  proposalText: ['提案内容', '建议内容', '内容', '原文', '正文', '提案原文', '建议原文'],
};

const CONTAINS: [ImportColumn, RegExp][] = [
  ['assignedOn', /交办/],
  ['dueOn', /期限|时限|截止/],
  ['number', /[提案建议]号|编号/],
  ['title', /标题|案由|题目/],
  // 「领衔人/附议人」 holds everyone, the lead first.
  ['proposer', /领衔/],
  ['coProposers', /附议|联名/],
  ['proposer', /提案[者人]|领衔|代表/],
  ['role', /承办方式|主办.*协办|办理方式/],
  ['session', /届次|会议/],
];

export function tidyHeader(header: string): string {
  return header.replace(/[\s*＊:：（）()]/g, '');
}

/** The column a header stands for, or null when it is not one we know. */
export function recogniseHeader(header: string): ImportColumn | null {
  const tidy = tidyHeader(header);
  if (tidy === '') return null;
  for (const column of IMPORT_COLUMNS) if (EXACT[column].includes(tidy)) return column;
  return CONTAINS.find(([, pattern]) => pattern.test(tidy))?.[0] ?? null;
}

/** Column index → what it holds; null = ignored. A column is taken by the first header that claims it. */
export type ColumnMapping = (ImportColumn | null)[];

export function recogniseHeaders(headers: readonly string[]): ColumnMapping {
  const taken = new Set<ImportColumn>();
  return headers.map((header) => {
    const column = recogniseHeader(header);
    if (column === null || taken.has(column)) return null;
    taken.add(column);
    return column;
  });
}

/** The row that holds the headers: lists often start with a title line such as 「2024年提案交办清单」. */
export function findHeaderRow(rows: readonly (readonly string[])[], lookAhead = 10): number {
  let best = 0;
  let bestCount = 0;
  rows.slice(0, lookAhead).forEach((row, index) => {
    const count = recogniseHeaders(row).filter((column) => column !== null).length;
    if (count > bestCount) {
      best = index;
      bestCount = count;
    }
  });
  return best;
}

export const REQUIRED_COLUMNS: readonly ImportColumn[] = ['number', 'title', 'proposer'];

export function missingColumns(mapping: ColumnMapping): ImportColumn[] {
  return REQUIRED_COLUMNS.filter((column) => !mapping.includes(column));
}
