import type { BureauLists } from './bureauLists';
import { LIST_KIND_LABELS, type ListKind, type ListRow } from './listRow';
import { validateRows, type RefusedRow } from './validateRows';

/** The columns of the sheet a bureau edits its rows in (Excel or WPS), one row a line. */
const LIST_SHEET_HEADER = [
  '类别',
  '错误写法',
  '正确写法',
  '判断依据',
  '后面须是',
  '前面不是',
  '后面不是',
  '句中没有',
  '仅提示',
  '起用年份',
  '说明',
  '出处',
  '应提示的例句',
  '不应提示的例句',
];

const GUARDS = ['onlyAfter', 'notBefore', 'notAfter', 'unlessSentenceHas'] as const;
const words = (cell: string | undefined) =>
  (cell ?? '')
    .split('、')
    .map((word) => word.trim())
    .filter(Boolean);
const sentences = (cell: string | undefined) =>
  (cell ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

export function listSheetRows(lists: BureauLists): string[][] {
  const rows = (Object.keys(LIST_KIND_LABELS) as ListKind[]).flatMap((kind) =>
    lists[kind].map((row) => [
      LIST_KIND_LABELS[kind],
      row.wrong,
      row.right,
      row.context,
      ...GUARDS.map((guard) => (row[guard] ?? []).join('、')),
      row.suggestOnly ? '是' : '',
      row.since === undefined ? '' : String(row.since),
      row.note ?? '',
      row.source,
      row.fires.join('\n'),
      row.passes.join('\n'),
    ]),
  );
  return [LIST_SHEET_HEADER, ...rows];
}

/** The row a sheet line describes, in the shape the row schema checks (so a bad cell is named there). */
function rowOf(cells: readonly string[]): unknown {
  const [, wrong, right, context, onlyAfter, notBefore, notAfter, unless, suggestOnly, since, note, source, fires, passes] = cells;
  const row: Record<string, unknown> = {
    wrong: wrong ?? '',
    right: right ?? '',
    context: context || '词语',
    source: source ?? '',
    fires: sentences(fires),
    passes: sentences(passes),
  };
  [onlyAfter, notBefore, notAfter, unless].forEach((cell, at) => {
    if (words(cell).length) row[GUARDS[at]] = words(cell);
  });
  if (suggestOnly === '是') row.suggestOnly = true;
  if (since) row.since = Number(since);
  if (note) row.note = note;
  return row;
}

export interface SheetLists {
  lists: BureauLists;
  /** Each refused line with its sheet row number (the header is row 1). */
  refused: RefusedRow[];
}

/** Reads a sheet in the layout listSheetRows writes; a line of another 类别 or a bad row is refused with its row number. */
export function listsFromSheet(cells: readonly (readonly string[])[]): SheetLists {
  const byKind: Record<ListKind, { line: number; row: unknown }[]> = { confusion: [], standardTerm: [] };
  const refused: RefusedRow[] = [];
  cells.slice(1).forEach((line, at) => {
    const number = at + 2;
    if (line.every((cell) => !cell?.trim())) return;
    const kind = (Object.keys(LIST_KIND_LABELS) as ListKind[]).find((candidate) => LIST_KIND_LABELS[candidate] === line[0]?.trim());
    if (kind === undefined) refused.push({ line: number, reason: `类别应为“${LIST_KIND_LABELS.confusion}”或“${LIST_KIND_LABELS.standardTerm}”。` });
    else byKind[kind].push({ line: number, row: rowOf(line) });
  });
  const lists: BureauLists = { confusion: [], standardTerm: [] };
  for (const kind of Object.keys(byKind) as ListKind[]) {
    const checked = validateRows(
      byKind[kind].map(({ row }) => row),
      0,
    );
    lists[kind] = checked.rows;
    refused.push(...checked.refused.map(({ line, reason }) => ({ line: byKind[kind][line].line, reason })));
  }
  return { lists, refused: refused.sort((a, b) => a.line - b.line) };
}

/** Adds rows to a list: a wrong form listed already takes the new row's values. */
export function mergeRows(list: readonly ListRow[], added: readonly ListRow[]): ListRow[] {
  const replaced = new Set(added.map((row) => row.wrong));
  return [...list.filter((row) => !replaced.has(row.wrong)), ...added];
}
