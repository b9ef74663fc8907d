import type { BackupReason } from '../../shared/model/backup';

export interface BackupEntry {
  name: string;
  reason: BackupReason;
  createdAt: Date;
}

export interface RetentionRule {
  /** Newest scheduled backup of each of this many most recent days that have one. */
  daily: number;
  /** Newest scheduled backup of each of this many most recent weeks that have one. */
  weekly: number;
  /** Backups taken before a migration, a restore or by hand: this many newest. */
  occasional: number;
}

export const DEFAULT_RETENTION: RetentionRule = { daily: 7, weekly: 4, occasional: 5 };

/** A scheduled backup is due when the newest one is at least this old. */
export const BACKUP_INTERVAL_MS = 24 * 3600_000;

const dayOf = (time: Date) => Math.floor(time.getTime() / 86_400_000);
// 1970-01-01 was a Thursday; shifting by 3 days makes weeks start on Monday.
const weekOf = (time: Date) => Math.floor((dayOf(time) + 3) / 7);

function newestPerPeriod(entries: BackupEntry[], period: (time: Date) => number, count: number): BackupEntry[] {
  const kept = new Map<number, BackupEntry>();
  for (const entry of entries) {
    const key = period(entry.createdAt);
    if (!kept.has(key) && kept.size < count) kept.set(key, entry);
  }
  return [...kept.values()];
}

/**
 * The backups to delete under the rule. Copies of a damaged file are never deleted automatically:
 * they may be all that is left of work done after the last backup.
 */
export function backupsToPrune(entries: readonly BackupEntry[], rule: RetentionRule = DEFAULT_RETENTION): BackupEntry[] {
  const newestFirst = [...entries].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const scheduled = newestFirst.filter((entry) => entry.reason === 'scheduled');
  const occasional = newestFirst.filter((entry) => entry.reason !== 'scheduled' && entry.reason !== 'damaged');
  const keep = new Set([
    ...newestPerPeriod(scheduled, dayOf, rule.daily),
    ...newestPerPeriod(scheduled, weekOf, rule.weekly),
    ...occasional.slice(0, rule.occasional),
  ]);
  return newestFirst.filter((entry) => entry.reason !== 'damaged' && !keep.has(entry));
}

export function isScheduledBackupDue(entries: readonly BackupEntry[], now: Date, intervalMs = BACKUP_INTERVAL_MS): boolean {
  const newest = Math.max(-Infinity, ...entries.filter((entry) => entry.reason === 'scheduled').map((entry) => entry.createdAt.getTime()));
  return now.getTime() - newest >= intervalMs;
}
