import type { Db } from '../../db/open';
import type { IdleScheduler } from '../context';
import { BULK_CHANGE, indexStale, mergeStep, staleCount } from './searchIndex';

/** A pause between batches, so that calls arriving meanwhile are answered between them. */
const PAUSE_MS = 15;

/** Timers that never keep a one-shot CLI process alive: what is left is picked up at the next start. */
export const timerScheduler: IdleScheduler = {
  later: (task) => {
    setTimeout(task, PAUSE_MS).unref();
  },
};

/** About this much text is indexed per batch (a few tens of milliseconds); a longer letter is one batch by itself. */
export const BATCH_CHARS = 10_000;

export interface IndexMaintainer {
  /** There may be stale documents (a bulk change, a start, a search that met some): catch up at idle. */
  kick: () => void;
}

const maintainers = new WeakMap<Db, IndexMaintainer>();

/**
 * Keeps the search indexes current at idle, one bounded batch per turn, so that no call (a search
 * least of all) waits for a whole rebuild. After a bulk change the indexes' segments are merged
 * the same way, a bounded step per turn. A closed database (app quit, backup restored) ends it.
 */
export function indexMaintainer(db: Db, scheduler: IdleScheduler): IndexMaintainer {
  const existing = maintainers.get(db);
  if (existing) return existing;
  let scheduled = false;
  let sinceMerge = 0;

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    scheduler.later(turn);
  };

  function turn(): void {
    scheduled = false;
    if (!db.open) return;
    try {
      const { indexed, left } = indexStale(db, BATCH_CHARS);
      sinceMerge += indexed;
      if (left > 0) return schedule();
      if (sinceMerge >= BULK_CHANGE && mergeStep(db)) return schedule();
      sinceMerge = 0;
    } catch {
      // The store is busy or closing: what is still stale stays listed, and the next kick (a search) tries again.
    }
  }

  const maintainer: IndexMaintainer = {
    kick: () => {
      if (db.open && staleCount(db) > 0) schedule();
    },
  };
  maintainers.set(db, maintainer);
  return maintainer;
}
