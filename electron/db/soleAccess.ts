import Database from 'better-sqlite3';
import { registerStoreFunctions } from './storeFunctions';

export interface SoleAccessOptions {
  /** Called once when another program has the file open and this one starts waiting. */
  onWaiting: () => void;
  /** Resolves when the user gives up waiting (Ctrl+C). */
  stop: Promise<void>;
  pollMs?: number;
}

const isBusy = (error: unknown) => ['SQLITE_BUSY', 'SQLITE_LOCKED'].includes(String((error as { code?: unknown }).code));

/**
 * Opens the file and holds it exclusively: no other connection can read or write it until this one
 * closes. The app and `dafu serve` keep their connection open in WAL mode, which holds a shared lock
 * all the while, so while either runs this waits (checking again every `pollMs`). Nothing is written
 * to take the lock. Returns null if the user stops waiting.
 */
export async function waitForSoleAccess(file: string, { onWaiting, stop, pollMs = 500 }: SoleAccessOptions): Promise<Database.Database | null> {
  let stopped = false;
  void stop.then(() => {
    stopped = true;
  });
  let told = false;
  for (;;) {
    const db = new Database(file, { fileMustExist: true, timeout: 0 });
    try {
      registerStoreFunctions(db);
      db.pragma('locking_mode = EXCLUSIVE');
      db.exec('BEGIN EXCLUSIVE; COMMIT;');
      return db;
    } catch (error) {
      db.close();
      if (!isBusy(error)) throw error;
    }
    if (!told) onWaiting();
    told = true;
    await Promise.race([new Promise((resolve) => setTimeout(resolve, pollMs)), stop]);
    if (stopped) return null;
  }
}
