import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';

/**
 * Damages a closed database file the way a bad sector does: every place `text` is stored in it is
 * overwritten with `replacement` (the same number of UTF-8 bytes). The file must have no WAL left
 * beside it, or the damage could land where SQLite never reads it. Returns how many places changed.
 */
export function damageStoredText(file: string, text: string, replacement: string): number {
  if (existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0) throw new Error('the database still has a WAL beside it: close every program that has it open first');
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
