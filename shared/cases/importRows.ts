import { parseLooseDate } from '../structure/looseDate';
import { caseKey } from './caseKey';
import { CaseFactsSchema, type CaseFacts, type CaseKind, type CaseRole } from './caseModel';
import { defaultDueOn } from './deadline';
import { readProposers } from './proposers';
import { IMPORT_COLUMN_LABELS, type ColumnMapping, type ImportColumn } from './importColumns';

export interface ImportDefaults {
  /** Used when the list has no 类别 column (or a blank cell). */
  kind?: CaseKind;
  /** Used when the list has no 届次 column, e.g. the session is only in the sheet's title. */
  session?: string;
}

export interface ImportedRow {
  /** 1-based row number as the spreadsheet shows it. */
  row: number;
  facts: CaseFacts;
  key: string;
}

export interface RowProblem {
  row: number;
  reasons: string[];
}

export interface ImportPlan {
  accepted: ImportedRow[];
  duplicates: { row: number; number: string; title: string; inFile: boolean }[];
  rejected: RowProblem[];
}

export function readKind(cell: string): CaseKind | null {
  if (/提案|政协/.test(cell)) return 'zhengxie';
  if (/建议|人大|代表|议案/.test(cell)) return 'renda';
  return null;
}

export function readRole(cell: string): CaseRole | null {
  if (cell.trim() === '' || /主办|分办|独办|单独/.test(cell)) return 'lead';
  if (/协办/.test(cell)) return 'assist';
  if (/会办/.test(cell)) return 'joint';
  return null;
}

/** A date cell: ISO already (from a spreadsheet date), or as a clerk typed it; a time of day is dropped. */
export function readDate(cell: string): string | null {
  const text = cell.trim().replace(/[ T]\d{1,2}:\d{2}(:\d{2})?$/, '');
  return parseLooseDate(text)?.iso ?? null;
}

/** The kind a number header implies: a list headed 「建议号」 holds suggestions. */
export function kindFromHeaders(headers: readonly string[], mapping: ColumnMapping): CaseKind | undefined {
  const index = mapping.indexOf('number');
  return index < 0 ? undefined : (readKind(headers[index] ?? '') ?? undefined);
}

type Cells = Partial<Record<ImportColumn, string>>;

function cellsOf(row: readonly string[], mapping: ColumnMapping): Cells {
  const cells: Cells = {};
  mapping.forEach((column, index) => {
    if (column) cells[column] = (row[index] ?? '').trim();
  });
  return cells;
}

function readRow(cells: Cells, defaults: ImportDefaults): { facts?: CaseFacts; reasons: string[] } {
  const reasons: string[] = [];
  const need = (column: ImportColumn): string => {
    const value = cells[column] ?? '';
    if (value === '') reasons.push(`缺少${IMPORT_COLUMN_LABELS[column]}`);
    return value;
  };

  const session = cells.session || defaults.session || '';
  const kindCell = cells.kind ?? '';
  // Without a 类别, the session usually says it: 「市政协十三届三次会议」, 「市十七届人大五次会议」.
  const kind = kindCell === '' ? (defaults.kind ?? readKind(session)) : readKind(kindCell);
  if (kind === null) reasons.push(kindCell === '' ? '看不出是政协提案还是人大建议（请在映射中选择类别）' : `类别「${kindCell}」不是提案也不是建议`);

  if (session === '') reasons.push('缺少届次/会议');
  const number = need('number');
  const title = need('title').replace(/^《(.*)》$/, '$1');
  const { proposer, coProposers } = readProposers(need('proposer'), cells.coProposers);

  const role = readRole(cells.role ?? '');
  if (role === null) reasons.push(`承办方式「${cells.role}」应为主办、协办或会办`);

  const dateOf = (column: 'assignedOn' | 'dueOn'): string | null => {
    const value = cells[column] ?? '';
    if (value === '') return null;
    const iso = readDate(value);
    if (iso === null) reasons.push(`${IMPORT_COLUMN_LABELS[column]}「${value}」看不懂，请写成 2024-03-15 或 2024年3月15日`);
    return iso;
  };
  const assignedOn = dateOf('assignedOn');
  const givenDue = dateOf('dueOn');
  if (!cells.assignedOn && !cells.dueOn) reasons.push('既没有交办日期也没有办理期限，无法计算期限');
  if (assignedOn && givenDue && givenDue < assignedOn) reasons.push(`办理期限 ${givenDue} 早于交办日期 ${assignedOn}`);

  if (reasons.length > 0 || kind === null || role === null) return { reasons };
  return checked({
    kind,
    session,
    number,
    title,
    proposer,
    coProposers,
    role,
    assignedOn,
    // A deadline given in the list is used as given.
    dueOn: givenDue ?? (assignedOn ? defaultDueOn(assignedOn, role) : null),
    replyType: '',
    disclosure: '',
    docNumber: '',
    signer: '',
    handler: cells.handler ?? '',
    handlerPhone: cells.handlerPhone ?? '',
    leadUnit: cells.leadUnit ?? '',
    otherUnits: cells.otherUnits ?? '',
    proposalText: cells.proposalText ?? '',
  });
}

/** The facts as the register stores them, or why not: the same schema the case desk reads them with. */
function checked(facts: CaseFacts): { facts?: CaseFacts; reasons: string[] } {
  const parsed = CaseFactsSchema.safeParse(facts);
  if (parsed.success) return { facts, reasons: [] };
  return {
    reasons: parsed.error.issues.map((issue) => {
      const key = issue.path[0];
      const label = typeof key === 'string' && Object.hasOwn(IMPORT_COLUMN_LABELS, key) ? IMPORT_COLUMN_LABELS[key as ImportColumn] : '';
      return issue.message.startsWith(label) ? issue.message : `${label}${issue.message}`;
    }),
  };
}

const isBlank = (row: readonly string[]) => row.every((cell) => (cell ?? '').trim() === '');

/**
 * Sorts the data rows of a list into new cases, duplicates (already in the register or earlier in
 * the same file) and rejected rows with their reasons. `firstRow` is the sheet row of rows[0].
 */
export function planImport(
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  existingKeys: ReadonlySet<string>,
  defaults: ImportDefaults = {},
  firstRow = 2,
): ImportPlan {
  const plan: ImportPlan = { accepted: [], duplicates: [], rejected: [] };
  const seen = new Set<string>();
  rows.forEach((cells, index) => {
    if (isBlank(cells)) return;
    const row = firstRow + index;
    const { facts, reasons } = readRow(cellsOf(cells, mapping), defaults);
    if (!facts) {
      plan.rejected.push({ row, reasons });
      return;
    }
    const key = caseKey(facts.kind, facts.session, facts.number);
    if (existingKeys.has(key) || seen.has(key)) {
      plan.duplicates.push({ row, number: facts.number, title: facts.title, inFile: seen.has(key) });
      return;
    }
    seen.add(key);
    plan.accepted.push({ row, facts, key });
  });
  return plan;
}
