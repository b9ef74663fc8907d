import { describe, expect, it } from 'vitest';
import type { BackupReason } from '../../shared/model/backup';
import { backupsToPrune, isScheduledBackupDue, type BackupEntry } from './backupRetention';

const at = (iso: string, reason: BackupReason = 'scheduled', name = `${iso}-${reason}`): BackupEntry => ({ name, reason, createdAt: new Date(iso) });

function dailyFor(days: number, from = '2026-11-27T02:00:00Z'): BackupEntry[] {
  return Array.from({ length: days }, (_, i) => at(new Date(Date.parse(from) - i * 86_400_000).toISOString()));
}

describe('backup retention', () => {
  it('keeps the last 7 days and one backup for each of 4 weeks, newest of each', () => {
    const entries = dailyFor(60);
    const pruned = new Set(backupsToPrune(entries).map((entry) => entry.name));
    const kept = entries.filter((entry) => !pruned.has(entry.name));
    expect(kept.slice(0, 7)).toEqual(entries.slice(0, 7));
    expect(kept.length).toBeGreaterThanOrEqual(9);
    expect(kept.length).toBeLessThanOrEqual(11);
    expect(kept.at(-1)!.createdAt.getTime()).toBeGreaterThan(Date.parse('2026-10-26T00:00:00Z'));
  });

  it('keeps only the newest backup of a day', () => {
    const pruned = backupsToPrune([at('2026-11-27T09:00:00Z'), at('2026-11-27T15:00:00Z')]);
    expect(pruned.map((entry) => entry.createdAt.toISOString())).toEqual(['2026-11-27T09:00:00.000Z']);
  });

  it('keeps the 5 newest occasional backups apart from the schedule, and every copy of a damaged file', () => {
    const occasional = Array.from({ length: 8 }, (_, i) => at(`2026-11-${String(10 + i).padStart(2, '0')}T08:00:00Z`, 'before-migration'));
    const damaged = at('2026-01-01T00:00:00Z', 'damaged');
    const pruned = backupsToPrune([...occasional, damaged, ...dailyFor(3)]);
    expect(pruned.map((entry) => entry.name)).toEqual(
      occasional
        .slice(0, 3)
        .reverse()
        .map((entry) => entry.name),
    );
  });

  it('is due once a day, counting only scheduled backups', () => {
    const now = new Date('2026-11-27T10:00:00Z');
    expect(isScheduledBackupDue([], now)).toBe(true);
    expect(isScheduledBackupDue([at('2026-11-27T01:00:00Z')], now)).toBe(false);
    expect(isScheduledBackupDue([at('2026-11-26T09:00:00Z'), at('2026-11-27T09:00:00Z', 'manual')], now)).toBe(true);
  });
});
