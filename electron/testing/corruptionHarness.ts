import type { Database } from 'better-sqlite3';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeTestContext } from './testContext';
import { seededRandom } from './sampleLetters';
import { seedStore } from './seedStore';
import { verifyRevisions } from '../services/revisions/storeCheck';
import { damagedRecords } from '../db/rowSums/damagedRecords';
import { DatabaseDamagedError } from '../db/integrity';
import { DatabaseFromNewerAppError } from '../db/migrate';
import { openDatabase } from '../db/open';
import { flipBytes, type FlipRegion } from './flipBytes';

/** Test support for the corruption tests: damaged copies of a seeded store, opened as the app opens them. */
export interface CorruptionTally {
  trials: number;
  refusedAsDamaged: number;
  refusedAsNewer: number;
  /** Opened, and the check of every row's checksum and every revision's hash named what is damaged. */
  damageFound: number;
  /** Opened sound with every draft and revision exactly as before: the flipped bytes were unused. */
  openedUnchanged: number;
  /** Opened sound as the store stood a few saves earlier: a damaged WAL frame ends the WAL, as a crash would. */
  openedAsEarlierState: number;
  /** Opened as sound with content that differs from the original: undetected damage. Must stay 0. */
  undetectedChanges: number;
}

type Fingerprint = Map<string, string>;

/** Every revision's hash and every draft's working copy, keyed by id. */
function fingerprint(db: Database): Fingerprint {
  const rows = [
    ...(db.prepare("SELECT 'revision ' || id AS key, hash AS value FROM revisions").all() as { key: string; value: string }[]),
    ...(db.prepare("SELECT 'draft ' || id AS key, content || fields || working_seq AS value FROM drafts").all() as { key: string; value: string }[]),
  ];
  return new Map(rows.map((row) => [row.key, row.value]));
}

/** Whether `found` is `original` or an earlier state of it: nothing in it that the original does not have. */
function compare(found: Fingerprint, original: Fingerprint): 'unchanged' | 'earlier' | 'changed' {
  const revisionsMatch = [...found].filter(([key]) => key.startsWith('revision ')).every(([key, value]) => original.get(key) === value);
  if (!revisionsMatch) return 'changed';
  if (found.size === original.size && [...found].every(([key, value]) => original.get(key) === value)) return 'unchanged';
  return [...found.keys()].every((key) => original.has(key)) ? 'earlier' : 'changed';
}

/** A seeded store in WAL mode with recent saves still in the WAL, copied as a consistent pair of files. */
export async function seededPair(): Promise<{ db: string; wal: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'dafu-corrupt-src-'));
  const file = join(dir, 'dafu.sqlite3');
  const { ctx, handlers } = makeTestContext(file);
  ctx.db.pragma('wal_autocheckpoint = 0');
  await seedStore(handlers, { drafts: 1, checkpoints: 2 });
  ctx.db.pragma('wal_checkpoint(TRUNCATE)');
  await seedStore(handlers, { drafts: 2, checkpoints: 3, seed: 5 });
  const pair = { db: join(dir, 'pristine.sqlite3'), wal: join(dir, 'pristine.sqlite3-wal') };
  copyFileSync(file, pair.db);
  copyFileSync(`${file}-wal`, pair.wal);
  ctx.db.close();
  return pair;
}

/** Opens damaged copies the way the app does; anything but a sound store or a typed refusal fails the test. */
export function runCorruptionTrials(pair: { db: string; wal: string }, trials: number, seed: number): CorruptionTally {
  const random = seededRandom(seed);
  const regions: FlipRegion[] = ['header', 'pages', 'wal'];
  const tally: CorruptionTally = {
    trials,
    refusedAsDamaged: 0,
    refusedAsNewer: 0,
    damageFound: 0,
    openedUnchanged: 0,
    openedAsEarlierState: 0,
    undetectedChanges: 0,
  };
  const dir = mkdtempSync(join(tmpdir(), 'dafu-corrupt-'));
  const original = (() => {
    const copy = join(dir, 'original.sqlite3');
    copyFileSync(pair.db, copy);
    copyFileSync(pair.wal, `${copy}-wal`);
    const store = openDatabase(copy);
    try {
      return fingerprint(store);
    } finally {
      store.close();
    }
  })();
  for (let i = 0; i < trials; i++) {
    const file = join(dir, `trial-${i}.sqlite3`);
    const region = regions[i % regions.length];
    const db = Buffer.from(readFileSync(pair.db));
    const wal = Buffer.from(readFileSync(pair.wal));
    flipBytes(region === 'wal' ? wal : db, region, random);
    writeFileSync(file, db);
    writeFileSync(`${file}-wal`, wal);
    try {
      const store = openDatabase(file);
      try {
        if (verifyRevisions(store).damaged.length > 0 || damagedRecords(store).length > 0) tally.damageFound += 1;
        else {
          const outcome = compare(fingerprint(store), original);
          if (outcome === 'unchanged') tally.openedUnchanged += 1;
          else if (outcome === 'earlier') tally.openedAsEarlierState += 1;
          else tally.undetectedChanges += 1;
        }
      } finally {
        store.close();
      }
    } catch (error) {
      if (error instanceof DatabaseDamagedError) tally.refusedAsDamaged += 1;
      else if (error instanceof DatabaseFromNewerAppError) tally.refusedAsNewer += 1;
      else throw new Error(`trial ${i} (${region}) failed untyped: ${String(error)}`);
    } finally {
      for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    }
  }
  return tally;
}
