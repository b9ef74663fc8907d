import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseDamagedError } from './integrity';
import { openDatabase } from './open';
import { runCorruptionTrials, seededPair } from '../testing/corruptionHarness';

describe('a damaged database file (short sample; npm run stress runs 1,500)', () => {
  it('is refused with a plain Chinese message or opens sound, never an untyped failure', async () => {
    const pair = await seededPair();
    const tally = runCorruptionTrials(pair, 60, 11);
    expect(tally.refusedAsDamaged + tally.refusedAsNewer + tally.damageFound + tally.openedUnchanged + tally.openedAsEarlierState).toBe(60);
    expect(tally.refusedAsDamaged).toBeGreaterThan(0);
    expect(tally.undetectedChanges).toBe(0);
  });

  it('names the file and tells the clerk to restore a backup', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dafu-corrupt-')), 'dafu.sqlite3');
    writeFileSync(file, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(8192, 0xab)]));
    expect(() => openDatabase(file)).toThrow(DatabaseDamagedError);
    expect(() => openDatabase(file)).toThrow(/已损坏.*从备份恢复/);
    expect(existsSync(file)).toBe(true);
  });
});
