import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';

/**
 * The letters, their history and their backups are the bureau's: created readable by this user only
 * (0600 files, 0700 folders) whatever the umask. SQLite gives the -wal, -shm and -journal files the
 * mode of their database. Windows ignores the modes; the profile folder is private there already.
 */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_FOLDER_MODE = 0o700;

export function makePrivateFolder(path: string): void {
  mkdirSync(path, { recursive: true, mode: PRIVATE_FOLDER_MODE });
}

/** Creates an empty file only this user can read, unless it exists already (then it is left as it is). */
export function createPrivateFile(path: string): void {
  try {
    closeSync(openSync(path, 'wx', PRIVATE_FILE_MODE));
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
  }
}

/** A file made by copying (which keeps the source's mode) made private. */
export function makePrivate(path: string): void {
  if (process.platform !== 'win32') chmodSync(path, PRIVATE_FILE_MODE);
}
