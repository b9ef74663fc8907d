import { chmodSync, lstatSync, readdirSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PRIVATE_FILE_MODE, PRIVATE_FOLDER_MODE } from './privateFiles';

/** The folders beside the database that hold nothing but the store's own: backups, private keys, the CLI's log. */
const STORE_FOLDERS = ['backups', 'keys', 'logs'];
const DATABASE_COMPANIONS = ['', '-wal', '-shm', '-journal'];
/** The app's own data folder (electron/app/paths.ts): the only folder holding the database that is tightened, not one chosen with --db. */
const APP_FOLDER = 'Dafu';

function statOf(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return undefined;
    throw error;
  }
}

function tighten(path: string, recurse: boolean, changed: string[]): void {
  const stat = statOf(path);
  // A link is never followed out of the store's folders, and a file of another user is not ours to change.
  if (!stat || stat.isSymbolicLink() || stat.uid !== process.getuid?.()) return;
  const wanted = stat.isDirectory() ? PRIVATE_FOLDER_MODE : PRIVATE_FILE_MODE;
  if ((stat.isDirectory() || stat.isFile()) && (stat.mode & 0o777) !== wanted) {
    chmodSync(path, wanted);
    changed.push(path);
  }
  if (recurse && stat.isDirectory()) for (const entry of readdirSync(path)) tighten(join(path, entry), true, changed);
}

/**
 * Files made before owner-only modes were the rule (the database with its WAL, backups, keys) are made
 * private when the store is opened: files 0600, folders 0700, as new ones are created (privateFiles.ts).
 * Returns the paths it changed. Windows ignores the modes; there this does nothing.
 */
export function tightenStoreFiles(file: string): string[] {
  const changed: string[] = [];
  if (process.platform === 'win32' || file === ':memory:') return changed;
  const folder = dirname(file);
  if (basename(folder) === APP_FOLDER) tighten(folder, false, changed);
  for (const suffix of DATABASE_COMPANIONS) tighten(`${file}${suffix}`, false, changed);
  for (const name of STORE_FOLDERS) tighten(join(folder, name), true, changed);
  return changed;
}
