/** Rows of one query for many owners (drafts, cases), each owner's values in the rows' order. */
export function groupRows<Row, Value>(rows: readonly Row[], ownerOf: (row: Row) => string, valueOf: (row: Row) => Value): Map<string, Value[]> {
  const groups = new Map<string, Value[]>();
  for (const row of rows) {
    const owner = ownerOf(row);
    const values = groups.get(owner);
    if (values) values.push(valueOf(row));
    else groups.set(owner, [valueOf(row)]);
  }
  return groups;
}
