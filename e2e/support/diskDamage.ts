import { existsSync, statSync } from 'node:fs';
import { overwriteStoredText } from '../../electron/testing/tamper';

/**
 * Damages a closed database file the way a bad sector does (see overwriteStoredText). The file must
 * have no WAL left beside it, or the damage could land where SQLite never reads it.
 */
export function damageStoredText(file: string, text: string, replacement: string): number {
  if (existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0)
    throw new Error('the database still has a WAL beside it: close every program that has it open first');
  return overwriteStoredText(file, text, replacement);
}
