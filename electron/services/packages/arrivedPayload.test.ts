import { describe, expect, it } from 'vitest';
import type { PackageRevision, Payload } from '../../../shared/review/packageFormat';
import { editLetter, makeLetter, seededRandom } from '../../testing/sampleLetters';
import { laterVersion, packageRevision, samplePayload } from '../../testing/hostile/packageBuilder';
import { packageStore, storeProblems, type PackageStore } from '../../testing/hostile/packageImportRun';
import { MAX_DELTA_CHAIN } from '../revisions/graph/revisionStore';
import { prepareArrival } from './arrivedPayload';
import { applyArrived, applyPackage } from './packageImport';

/** A draft worked on for a while: a line of revisions, each a small edit of the one before, longer than one chain of deltas. */
function workedOnPayload(revisions: number): Payload {
  const payload = samplePayload({ seed: 5, revisions: 1, replies: 2 });
  const random = seededRandom(11);
  let letter = makeLetter(3_000, 2);
  const line: PackageRevision[] = [];
  for (let n = 0; n < revisions; n += 1) {
    line.push(packageRevision(`${payload.revisions[0].id.slice(0, -4)}${String(n).padStart(4, '0')}`, n === 0 ? [] : [line[n - 1].id], letter));
    letter = editLetter(letter, random);
  }
  const head = line[line.length - 1].id;
  return {
    ...payload,
    draft: { ...payload.draft, headRevisionId: head },
    revisions: line,
    comments: payload.comments.map((comment) => ({ ...comment, revisionId: head })),
    reviewLog: payload.reviewLog.map((event) => ({ ...event, revisionId: head })),
  };
}

/** What an import writes about the draft and its history (each store has a device id of its own in its settings). */
const historyRows = (store: PackageStore) =>
  ['drafts', 'revisions', 'revision_parents', 'comments', 'review_events'].map((table) =>
    store.db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).raw().all(),
  );

const encodings = (store: PackageStore) =>
  store.db.prepare('SELECT encoding, count(*) AS n, max(depth) AS depth FROM revisions GROUP BY encoding ORDER BY encoding').all() as {
    encoding: string;
    n: number;
    depth: number;
  }[];

describe('revisions prepared for the store on the import thread', () => {
  it('are stored byte for byte as a revision stored from its text, deltas and full copies alike, and read back sound', () => {
    const earlier = workedOnPayload(MAX_DELTA_CHAIN + 8);
    const later = laterVersion(earlier);
    const fromText = packageStore();
    const prepared = packageStore();
    for (const payload of [earlier, later]) {
      fromText.db.transaction(() => applyPackage(fromText.ctx, payload))();
      prepared.db.transaction(() => applyArrived(prepared.ctx, prepareArrival(payload)))();
      expect(historyRows(prepared)).toEqual(historyRows(fromText));
    }

    const stored = encodings(prepared);
    expect(stored.find((row) => row.encoding === 'delta+br')).toMatchObject({ depth: MAX_DELTA_CHAIN });
    expect(stored.find((row) => row.encoding === 'json+br')!.n).toBeGreaterThanOrEqual(2);
    expect(storeProblems(prepared.db)).toEqual([]);
  });
});
