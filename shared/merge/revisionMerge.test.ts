import { describe, expect, it } from 'vitest';
import type { PackageRevision } from '../review/packageFormat';
import { identityClashMessage } from './identityClash';
import { HEAD_THINNED_HERE, planRevisions, REVISION_CLASH, type StoredRevisions } from './revisionMerge';

const DRAFT = 'draft-011';
const OTHER_DRAFT = 'draft-203';

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

/** What this PC holds: revisions by id with their hash, all filed under `draftId` unless `filedUnder` says otherwise. */
const store = (hashes: Record<string, string> = {}, thinned: string[] = [], filedUnder: Record<string, string> = {}): StoredRevisions => ({
  hashes: new Map(Object.entries(hashes)),
  thinned: new Set(thinned),
  drafts: new Map([...Object.keys(hashes), ...thinned].map((id) => [id, filedUnder[id] ?? DRAFT])),
});
const added = (plan: ReturnType<typeof planRevisions>) => (plan.refused ? plan : plan.add.map((entry) => [entry.revision.id, entry.parents]));

// The drafter wrote r1, r2 and r3 in a line; the reviewer branched r4 off r2 and merged both lines in r5.
const history = [revision('r5', ['r3', 'r4']), revision('r3', ['r2']), revision('r4', ['r2']), revision('r2', ['r1']), revision('r1')];
const draft = { id: DRAFT, headRevisionId: 'r5' };
const allOf = (filedUnder: string) =>
  store(Object.fromEntries(history.map((entry) => [entry.id, entry.hash])), [], Object.fromEntries(history.map((entry) => [entry.id, filedUnder])));

describe('revisions a package brings', () => {
  it('adds a whole history this PC has never seen, every parent before its children', () => {
    expect(added(planRevisions(draft, history, store()))).toEqual([
      ['r1', []],
      ['r2', ['r1']],
      ['r3', ['r2']],
      ['r4', ['r2']],
      ['r5', ['r3', 'r4']],
    ]);
  });

  it('adds only what is new when the clerk imports a later package of the same draft, and nothing the second time', () => {
    const here = store({ r1: 'hash-of-r1', r2: 'hash-of-r2', r3: 'hash-of-r3' });
    expect(added(planRevisions(draft, history, here))).toEqual([
      ['r4', ['r2']],
      ['r5', ['r3', 'r4']],
    ]);
    expect(added(planRevisions(draft, history, allOf(DRAFT)))).toEqual([]);
  });

  it('refuses the whole package when a revision here has the same id and other content', () => {
    const plan = planRevisions(draft, history, store({ r2: 'hash-of-something-else' }));
    expect(plan).toEqual({ refused: true, revisionId: 'r2', reason: REVISION_CLASH });
  });

  it('does not pull back a revision thinned here, and links its children to the parents that remain', () => {
    expect(added(planRevisions(draft, history, store({ r1: 'hash-of-r1', r2: 'hash-of-r2' }, ['r3'])))).toEqual([
      ['r4', ['r2']],
      ['r5', ['r4']],
    ]);
  });

  it("refuses a package that carries another draft's whole history under a new draft id", () => {
    // Same revisions, same content: only the draft id was changed, so the new draft's head would be the other draft's revision.
    const plan = planRevisions(draft, history, allOf(OTHER_DRAFT));
    expect(plan).toEqual({ refused: true, revisionId: 'r5', reason: identityClashMessage('版本', 'r5') });
  });

  it("refuses a new revision whose parent is another draft's revision, and one thinned under another draft", () => {
    const borrowed = [revision('x1', ['r1']), revision('r1')];
    const plan = planRevisions({ id: DRAFT, headRevisionId: 'x1' }, borrowed, store({ r1: 'hash-of-r1' }, [], { r1: OTHER_DRAFT }));
    expect(plan).toMatchObject({ refused: true, revisionId: 'r1' });
    const thinnedThere = planRevisions(draft, history, store({}, ['r3'], { r3: OTHER_DRAFT }));
    expect(thinnedThere).toMatchObject({ refused: true, revisionId: 'r3' });
  });

  it('refuses a package whose current revision was thinned here: the line would have nowhere to start', () => {
    const plan = planRevisions(draft, history, store({ r1: 'hash-of-r1', r2: 'hash-of-r2', r3: 'hash-of-r3', r4: 'hash-of-r4' }, ['r5']));
    expect(plan).toEqual({ refused: true, revisionId: 'r5', reason: HEAD_THINNED_HERE });
  });
});
