import { dirname, join } from 'node:path';
import { contract, type CallName, type Handlers } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { Template } from '../../shared/templates/template';
import { backupsDir, keepDamagedCopy, listBackups, newestSoundBackup, parseBackupName, restoreBackup, takeBackup } from '../db/backups';
import { BackupOfDamagedStoreError } from '../db/rowSums/recordDamage';
import { isScheduledBackupDue } from '../db/backupRetention';
import { DatabaseDamagedError } from '../db/integrity';
import { networkShareNotice, networkShareOf } from '../db/networkShare';
import { openDatabase, type Db } from '../db/open';
import { createHandlers } from './handlers';
import { shellFallbacks } from './shellFallbacks';
import { fileVault, type OuterLayer } from '../services/keys/keyFiles';
import { thinIfDue } from '../services/revisions/retentionRuns';
import { upkeepInThread } from '../services/store/upkeepThread';
import { noteDamagedDrafts, warmListedDrafts } from '../services/drafts/records/draftRecords';
import { namesOnlySearch } from '../services/store/storeVerification';
import { storeHandlers } from '../services/store/storeHandlers';
import type { StoreControl } from '../services/context';

const SEARCH_INDEX_DAMAGED =
  '数据库里只有搜索索引损坏，草稿、历史版本、批注和案件都完好。请不要从备份恢复（会丢掉备份之后的修改）：关闭程序后，请信息化人员运行 dafu check，它会在副本中重建搜索索引、核对后换上，原文件另存一份。';

/** While the app runs, it checks this often whether the daily backup is due. */
export const BACKUP_CHECK_EVERY_MS = 3600_000;
/** The check and backup after start wait this long: the draft list and the first letter have the PC's two cores to themselves. */
export const UPKEEP_AFTER_START_MS = 10_000;

export interface StoreSessionOptions {
  templates: readonly Template[];
  author: string;
  /** The shipped substitute fonts (resources/fonts). */
  fontsDir?: string;
  now?: () => Date;
  /**
   * The long-running app and its host (not one-shot CLI commands): opening checks only the header and
   * the schema, so the draft list comes at once at any size; the full check, then the daily backup
   * when due and the thinning, follow off the way of the calls (and the backup hourly while running).
   */
  scheduledBackups?: boolean;
  /** The operating system's protection around each private key file (the packaged app's safeStorage). */
  keyLayer?: OuterLayer;
}

export interface StoreSession {
  /** The handlers of the store as it is now: all of them when sound, only health and backups when damaged. */
  handlers: () => Handlers;
  /** Starts the check, backup and thinning still waiting after start, and settles when they are done (at once when none is). */
  upkeep: () => Promise<void>;
  close: () => void;
}

/** Every call but the store's own answers that the store is damaged, so the page can offer a backup instead. */
function recoveryHandlers(problem: DatabaseDamagedError, store: StoreControl): Handlers {
  const refuse = () => {
    throw new ApiError('conflict', problem.message, [...problem.problems.slice(0, 5)]);
  };
  const refusing = Object.fromEntries((Object.keys(contract) as CallName[]).map((name) => [name, refuse])) as unknown as Handlers;
  return { ...refusing, ...storeHandlers(store) };
}

/**
 * Holds the open database of one file. A damaged file does not stop the app: the session opens in
 * recovery, and restoring a backup closes, replaces and reopens the file in place.
 */
export function openStoreSession(file: string, options: StoreSessionOptions): StoreSession {
  const now = options.now ?? (() => new Date());
  const share = file === ':memory:' ? null : networkShareOf(file);
  let db: Db | undefined;
  let problem: DatabaseDamagedError | undefined;
  /** Why the last scheduled backup was not kept: the store has damaged rows. */
  let backupRefused: BackupOfDamagedStoreError | undefined;
  let handlers: Handlers;
  /** The work after start, one run at a time. */
  let upkeep: Promise<void> = Promise.resolve();
  /** Whether the full check of this open is still to come or under way. */
  let checking = false;
  /** How many drafts the full check of this open found damaged. */
  let damagedDrafts = 0;
  const closing = new AbortController();
  /** Ends the upkeep of this open of the file: a restore replaces the file under it. */
  let upkeepRun = new AbortController();
  let afterStart: ReturnType<typeof setTimeout> | undefined;
  const longRunning = options.scheduledBackups === true && file !== ':memory:';
  // In rollback-journal mode (a network share) a long read on another connection would hold every save off: checked at open instead.
  const checkAfterStart = longRunning && !share;

  const store: StoreControl = {
    health: () => ({
      status: problem ? 'damaged' : 'sound',
      problem: problem && namesOnlySearch(problem.problems) ? SEARCH_INDEX_DAMAGED : (problem?.message ?? null),
      notice: [share ? networkShareNotice(share) : '', backupRefused ? `每日备份暂停：${backupRefused.message}` : ''].filter(Boolean).join('\n') || null,
      // Only the search index: a backup would roll back work that is sound; dafu check rebuilds the index instead.
      recommended: problem && !namesOnlySearch(problem.problems) ? newestSoundBackup(file) : null,
      checking,
      damagedDrafts,
    }),
    list: () => listBackups(file),
    create: () => {
      if (!db) throw new ApiError('conflict', '数据库已损坏，不能再备份。请先从备份恢复。');
      return takeBackup(db, file, 'manual', now());
    },
    restore: async (name) => {
      if (!listBackups(file).some((backup) => backup.name === name)) throw new ApiError('not_found', '找不到这个备份，请刷新备份列表后重新选择。');
      await stopUpkeep();
      db?.close();
      db = undefined;
      try {
        return restoreBackup(file, join(backupsDir(file), name), now());
      } catch (error) {
        throw new ApiError('conflict', error instanceof Error ? error.message : String(error));
      } finally {
        open();
      }
    },
    backupFile: (name) => {
      if (!listBackups(file).some((backup) => backup.name === name)) throw new ApiError('not_found', '找不到这个备份，请刷新后重新选择。');
      return join(backupsDir(file), name);
    },
    keepDamaged: () => {
      if (!db) throw new ApiError('conflict', '数据库已损坏，不能再备份。请先从备份恢复。');
      return keepDamagedCopy(db, file, now());
    },
  };

  function damaged(error: DatabaseDamagedError): void {
    db?.close();
    db = undefined;
    problem = error;
    checking = false;
    handlers = recoveryHandlers(error, store);
  }

  function open(): void {
    upkeepRun = new AbortController();
    try {
      db = openDatabase(file, now, checkAfterStart ? 'schema' : 'full');
      problem = undefined;
      checking = checkAfterStart;
      damagedDrafts = 0;
      // Private signing keys sit beside the database file, never in it: in keys/, owner-only, each sealed with its holder's PIN.
      const keyVault = file === ':memory:' ? undefined : fileVault(join(dirname(file), 'keys'), options.keyLayer);
      handlers = {
        ...createHandlers({
          db,
          templates: options.templates,
          author: options.author,
          fontsDir: options.fontsDir,
          now,
          store: file === ':memory:' ? undefined : store,
          keyVault,
          syncDir: file === ':memory:' ? undefined : dirname(file),
        }),
        ...shellFallbacks(),
      };
    } catch (error) {
      if (!(error instanceof DatabaseDamagedError)) throw error;
      damaged(error);
    }
    if (longRunning && db) {
      clearTimeout(afterStart);
      afterStart = setTimeout(startUpkeep, UPKEEP_AFTER_START_MS);
      afterStart.unref();
      warmDraftList(db);
    }
  }

  /** The window takes half a second to load its page: the draft list is read and proven meanwhile, ready when the page asks. */
  function warmDraftList(current: Db): void {
    // A failure here is the page's to report, when it asks for the list itself.
    warmListedDrafts(current).catch(() => {});
  }

  function startUpkeep(): void {
    clearTimeout(afterStart);
    afterStart = undefined;
    queueUpkeep();
  }

  /** The full check when this open has not had it, the daily backup when due, then the thinning. */
  async function upkeepOnce(): Promise<void> {
    const current = db;
    if (!current || upkeepRun.signal.aborted) return;
    const backupDue = isScheduledBackupDue(
      listBackups(file).map((backup) => parseBackupName(backup.name)!),
      now(),
    );
    const fullCheck = checking;
    if (fullCheck || backupDue) {
      let report;
      try {
        const job = { file, fullCheck, backupAt: backupDue ? now().toISOString() : null };
        report = await upkeepInThread(job, AbortSignal.any([closing.signal, upkeepRun.signal]));
      } finally {
        // A check that failed to run is not waited for forever; a restore meanwhile opened a store with a check of its own.
        if (db === current) checking = false;
      }
      if (db !== current) return;
      if (report.problems.length > 0) return damaged(new DatabaseDamagedError(file, report.problems));
      if (fullCheck) {
        noteDamagedDrafts(current, report.damagedDrafts);
        damagedDrafts = report.damagedDrafts.length;
      }
      // The good backups stay, none pruned; the clerk is told, and thinning waits until the damage is dealt with.
      if (report.backupRefused) {
        backupRefused = new BackupOfDamagedStoreError(report.backupRefused);
        return;
      }
      if (backupDue) backupRefused = undefined;
    }
    // Thinning comes after the backup, so the day's backup still holds every revision it removes.
    await thinIfDue(current, now(), () => db === current && !upkeepRun.signal.aborted);
  }

  function queueUpkeep(): void {
    upkeep = upkeep.then(upkeepOnce).catch((error: unknown) => {
      if (!closing.signal.aborted && !upkeepRun.signal.aborted) console.error('store upkeep failed', error);
    });
  }

  /** Ends the check or backup under way and waits for its thread: Windows does not replace a file another thread holds open. */
  async function stopUpkeep(): Promise<void> {
    clearTimeout(afterStart);
    afterStart = undefined;
    upkeepRun.abort();
    await upkeep;
  }

  open();
  let timer: ReturnType<typeof setInterval> | undefined;
  if (longRunning) {
    timer = setInterval(queueUpkeep, BACKUP_CHECK_EVERY_MS);
    timer.unref();
  }

  return {
    handlers: () => handlers,
    upkeep: () => {
      if (afterStart) startUpkeep();
      return upkeep;
    },
    close: () => {
      clearInterval(timer);
      clearTimeout(afterStart);
      closing.abort();
      db?.close();
      db = undefined;
    },
  };
}
