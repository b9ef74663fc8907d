import { readFileSync, writeFileSync } from 'node:fs';
import type { Db } from '../db/open';
import { rowSumTriggersSql, type SummedTable } from '../db/rowSums/rowSums';

/**
 * Test support: changes stored values the way a bad disk does, under the checksums. The row-sum
 * triggers are set aside for the one statement, so the rows keep the sums of what they held.
 */
export function tamperRows(db: Db, table: SummedTable, set: string, where: string, ...params: unknown[]): void {
  db.transaction(() => {
    db.exec(`DROP TRIGGER ${table}_row_sum_inserted; DROP TRIGGER ${table}_row_sum_updated;`);
    db.prepare(`UPDATE ${table} SET ${set} WHERE ${where}`).run(...params);
    db.exec(rowSumTriggersSql(db, table));
  })();
}

/**
 * Test support: overwrites the bytes of `text` where it is stored in a closed database file with
 * `replacement` (the same number of UTF-8 bytes), as a bad sector would. Returns how many places changed.
 */
export function overwriteStoredText(file: string, text: string, replacement: string): number {
  const bytes = readFileSync(file);
  const from = Buffer.from(text, 'utf8');
  const to = Buffer.from(replacement, 'utf8');
  if (from.length !== to.length) throw new Error('the replacement must be as long as the text, in bytes');
  let count = 0;
  for (let at = bytes.indexOf(from); at !== -1; at = bytes.indexOf(from, at + from.length)) {
    to.copy(bytes, at);
    count += 1;
  }
  writeFileSync(file, bytes);
  return count;
}
