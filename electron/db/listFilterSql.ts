import type { ListFilter } from '../../shared/search/listFilter';

/** The SQL expressions a list filter compares: each table states where its dates, state and type are. */
export interface FilterColumns {
  signedOn: string;
  dueOn: string;
  replyType: string;
  /** Absent where the review state is not a column (the case desk reads it off the answering draft). */
  reviewState?: string;
}

/** A field value read from a draft's fields, NULL where the column is not JSON (a damaged row is listed, not thrown on). */
export const draftField = (alias: string, name: string) => `(CASE WHEN json_valid(${alias}.fields) THEN json_extract(${alias}.fields, '$.${name}') END)`;

/** The last approved extension's deadline of a case, NULL when it was never extended. */
export const extendedDueOn = (caseAlias: string) =>
  `(SELECT e.due_on FROM case_extensions AS e WHERE e.case_id = ${caseAlias}.id ORDER BY e.approved_on DESC, e.id DESC LIMIT 1)`;

/**
 * The WHERE conditions of a list filter, joined with AND ('1' when there are none). Dates go through
 * SQLite's date(), so they compare as days and a value that is not a date never falls in a range.
 */
export function filterWhere(filter: ListFilter, columns: FilterColumns): { sql: string; params: string[] } {
  const conditions: string[] = [];
  const params: string[] = [];
  const add = (condition: string, ...values: string[]) => {
    conditions.push(condition);
    params.push(...values);
  };
  const range = (column: string, from: string | undefined, to: string | undefined) => {
    if (from !== undefined) add(`date(${column}) >= date(?)`, from);
    if (to !== undefined) add(`date(${column}) <= date(?)`, to);
  };
  range(columns.signedOn, filter.signedFrom, filter.signedTo);
  range(columns.dueOn, filter.dueFrom, filter.dueTo);
  if (filter.replyType !== undefined) add(`${columns.replyType} = ?`, filter.replyType);
  if (columns.reviewState && filter.reviewStates?.length) {
    add(`${columns.reviewState} IN (${filter.reviewStates.map(() => '?').join(', ')})`, ...filter.reviewStates);
  }
  return { sql: conditions.length > 0 ? conditions.join(' AND ') : '1', params };
}
