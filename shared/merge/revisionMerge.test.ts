import { describe, expect, it } from 'vitest';
import type { PackageRevision } from '../review/packageFormat';
import { planRevisions, REVISION_CLASH, type StoredRevisions } from './revisionMerge';

const revision = (id: string, parents: string[] = [], hash = `hash-of-${id}`): PackageRevision => ({
  id,
  parents,
  kind: 'auto',
  author: '王晶',
  time: '2023-05-10T02:00:00.000Z',
  note: null,
  chars: 20,
  hash,
  content: { version: 1, blocks: [{ role: 'body', inlines: [{ t: 'text', text: `第${id}版` }] }] },
  fields: {},
});

const store = (hashes: Record<string, string> = {}, thinned: string[] = []): StoredRevisions => ({ hashes: new Map(Object.entries(hashes)), thinned: new Set(thinned) });
const added = (plan: ReturnType<typeof planRevisions>) => (plan.refused ? plan : plan.add.map((entry) => [entry.revision.id, entry.parents]));

// The drafter wrote r1, r2 and r3 in a line; the reviewer branched r4 off r2 and merged both lines in r5.
const history = [revision('r5', ['r3', 'r4']), revision('r3', ['r2']), revision('r4', ['r2']), revision('r2', ['r1']), revision('r1')];

describe('revisions a package brings', () => {
  it('adds a whole history this PC has never seen, every parent before its children', () => {
    expect(added(planRevisions(history, store()))).toEqual([
      ['r1', []],
      ['r2', ['r1']],
      ['r3', ['r2']],
      ['r4', ['r2']],
      ['r5', ['r3', 'r4']],
    ]);
  });

  it('adds only what is new when the clerk imports a later package of the same draft, and nothing the second time', () => {
    const here = store({ r1: 'hash-of-r1', r2: 'hash-of-r2', r3: 'hash-of-r3' });
    expect(added(planRevisions(history, here))).toEqual([
      ['r4', ['r2']],
      ['r5', ['r3', 'r4']],
    ]);
    const all = store(Object.fromEntries(history.map((entry) => [entry.id, entry.hash])));
    expect(added(planRevisions(history, all))).toEqual([]);
  });

  it('refuses the whole package when a revision here has the same id and other content', () => {
    const plan = planRevisions(history, store({ r2: 'hash-of-something-else' }));
    expect(plan).toEqual({ refused: true, revisionId: 'r2', reason: REVISION_CLASH });
  });

  it('does not pull back a revision thinned here, and links its children to the parents that remain', () => {
    expect(added(planRevisions(history, store({ r1: 'hash-of-r1', r2: 'hash-of-r2' }, ['r3'])))).toEqual([
      ['r4', ['r2']],
      ['r5', ['r4']],
    ]);
  });
});
