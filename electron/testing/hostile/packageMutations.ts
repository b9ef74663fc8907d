// Seeded random mutations of a valid .dafu package, for the package fuzzer: records given each
// other's ids or the ids of a draft the store already holds, links pointed elsewhere, records dropped,
// repeated and reordered, values swapped for odd ones; then packed with a matching hash (so the
// mutation reaches the deeper checks), or its JSON text or zip bytes damaged.
import fc from 'fast-check';
import { seededRandom } from '../../../shared/random/seededRandom';
import type { Payload } from '../../../shared/review/packageFormat';
import { snapshotHash } from '../../services/revisions/graph/revisionStore';
import { rawPackage, uuidsFrom } from './packageBuilder';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Record_ = { [key: string]: Json };

const LISTS = ['revisions', 'comments', 'reviewLog'] as const;
type ListName = (typeof LISTS)[number];
/** Where a borrowed id comes from: this package, the draft the store already holds, or nowhere. */
const SOURCES = ['package', 'stored', 'fresh'] as const;
type Source = (typeof SOURCES)[number];

const ODD_VALUES: Json[] = [
  null,
  0,
  -1,
  1.5,
  1e308,
  true,
  '',
  ' ',
  '__proto__',
  'constructor',
  'toString',
  '\u001b[2J\u202e',
  '早'.repeat(70_000),
  [],
  {},
  [[[[]]]],
  JSON.parse('{"__proto__":"x"}') as Json,
];

export type Mutation =
  | { op: 'borrowId'; list: ListName; at: number; source: Source; pick: number }
  | { op: 'relink'; link: 'parent' | 'head' | 'thread' | 'commentRevision' | 'eventRevision'; at: number; source: Source; pick: number }
  | { op: 'drop' | 'repeat'; list: ListName; at: number }
  | { op: 'shuffle'; list: ListName; seed: number }
  | { op: 'draftId'; source: Source; pick: number }
  | { op: 'oddValue'; leaf: number; value: number }
  | { op: 'anchor'; at: number; anchored: boolean };

export interface PackageMutation {
  mutations: Mutation[];
  /** Revision hashes recomputed after the change (else a changed revision fails its own hash). */
  rehash: boolean;
  /** payload: packed with a matching hash; text: its JSON text damaged too; bytes: the zip's bytes damaged. */
  level: 'payload' | 'text' | 'bytes';
  seed: number;
}

const index = fc.nat({ max: 1_000_000 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('borrowId' as const), list: fc.constantFrom(...LISTS), at: index, source: fc.constantFrom(...SOURCES), pick: index }),
  fc.record({
    op: fc.constant('relink' as const),
    link: fc.constantFrom('parent', 'head', 'thread', 'commentRevision', 'eventRevision'),
    at: index,
    source: fc.constantFrom(...SOURCES),
    pick: index,
  }),
  fc.record({ op: fc.constantFrom('drop' as const, 'repeat' as const), list: fc.constantFrom(...LISTS), at: index }),
  fc.record({ op: fc.constant('shuffle' as const), list: fc.constantFrom(...LISTS), seed: fc.integer() }),
  fc.record({ op: fc.constant('draftId' as const), source: fc.constantFrom(...SOURCES), pick: index }),
  fc.record({ op: fc.constant('oddValue' as const), leaf: index, value: index }),
  fc.record({ op: fc.constant('anchor' as const), at: index, anchored: fc.boolean() }),
);

export const packageMutation: fc.Arbitrary<PackageMutation> = fc.record({
  mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
  rehash: fc.boolean(),
  level: fc.constantFrom('payload', 'payload', 'payload', 'text', 'bytes'),
  seed: fc.integer(),
});

const idsOf = (payload: Record_): string[] => [
  String((payload.draft as Record_).id),
  ...LISTS.flatMap((list) => (payload[list] as Record_[]).map((record) => String(record.id))),
];

/** Every path to a leaf value, in a fixed order. */
function leaves(value: Json, path: (string | number)[] = [], found: (string | number)[][] = []): (string | number)[][] {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((item, n) => [n, item] as const) : Object.entries(value);
    for (const [key, item] of entries) leaves(item, [...path, key], found);
  } else found.push(path);
  return found;
}

function setAt(root: Json, path: (string | number)[], value: Json): void {
  let node = root as Record_;
  for (const key of path.slice(0, -1)) node = node[key] as Record_;
  node[path[path.length - 1]] = value;
}

function apply(payload: Record_, change: Mutation, pools: Record<Source, string[]>): void {
  const pick = (source: Source, n: number) => pools[source][n % pools[source].length];
  const list = (name: ListName) => payload[name] as Record_[];
  const nth = <T>(items: T[], n: number): T | undefined => items[n % Math.max(1, items.length)];
  switch (change.op) {
    case 'borrowId': {
      const record = nth(list(change.list), change.at);
      if (record) record.id = pick(change.source, change.pick);
      return;
    }
    case 'relink': {
      const id = pick(change.source, change.pick);
      const draft = payload.draft as Record_;
      if (change.link === 'head') draft.headRevisionId = id;
      const target = nth(list(change.link === 'parent' ? 'revisions' : change.link === 'eventRevision' ? 'reviewLog' : 'comments'), change.at);
      if (!target) return;
      if (change.link === 'parent') target.parents = [...(target.parents as string[]), id];
      if (change.link === 'thread') target.threadId = id;
      if (change.link === 'commentRevision' || change.link === 'eventRevision') target.revisionId = id;
      return;
    }
    case 'drop':
    case 'repeat': {
      const items = list(change.list);
      const at = change.at % Math.max(1, items.length);
      if (items.length === 0) return;
      if (change.op === 'drop') items.splice(at, 1);
      else items.splice(at, 0, structuredClone(items[at]));
      return;
    }
    case 'shuffle': {
      const random = seededRandom(change.seed);
      list(change.list).sort(() => random() - 0.5);
      return;
    }
    case 'draftId':
      (payload.draft as Record_).id = pick(change.source, change.pick);
      return;
    case 'oddValue': {
      const paths = leaves(payload);
      setAt(payload, paths[change.leaf % paths.length], structuredClone(ODD_VALUES[change.value % ODD_VALUES.length]));
      return;
    }
    case 'anchor': {
      const comment = nth(list('comments'), change.at);
      if (comment) comment.anchor = change.anchored ? { block: 1, start: 0, end: 2, quote: '柳州' } : null;
    }
  }
}

function rehashed(payload: Record_): void {
  for (const revision of payload.revisions as Record_[]) {
    try {
      revision.hash = snapshotHash({ content: revision.content, fields: revision.fields } as Parameters<typeof snapshotHash>[0]);
    } catch {
      // a revision too odd to hash keeps the hash it had
    }
  }
}

/** Damages a few characters or bytes of `data` at seeded places. */
function damaged<T extends string | Buffer>(data: T, seed: number): T {
  const random = seededRandom(seed);
  const at = () => Math.floor(random() * data.length);
  if (typeof data === 'string') {
    let text: string = data;
    for (let n = 1 + Math.floor(random() * 3); n > 0; n -= 1) {
      const cut = at();
      text =
        random() < 0.5
          ? text.slice(0, cut) + text.slice(cut + 1 + Math.floor(random() * 20))
          : text.slice(0, cut) + '{["\\,:}]'[Math.floor(random() * 8)] + text.slice(cut);
    }
    return text as T;
  }
  const bytes = Buffer.from(data);
  if (random() < 0.2) return bytes.subarray(0, at()) as T;
  for (let n = 1 + Math.floor(random() * 4); n > 0; n -= 1) bytes[at()] = Math.floor(random() * 256);
  return bytes as T;
}

/** The package `base` (as `bytes`, its payload `payload`) with `change` made; `stored`: a draft the store holds. */
export function mutatedPackage(payload: Payload, bytes: Buffer, stored: Payload, change: PackageMutation): Buffer {
  if (change.level === 'bytes') return damaged(bytes, change.seed);
  const copy = structuredClone(payload) as unknown as Record_;
  const nextId = uuidsFrom(change.seed);
  const pools: Record<Source, string[]> = {
    package: idsOf(copy),
    stored: idsOf(structuredClone(stored) as unknown as Record_),
    fresh: Array.from({ length: 4 }, nextId),
  };
  for (const mutation of change.mutations) apply(copy, mutation, pools);
  if (change.rehash) rehashed(copy);
  const text = JSON.stringify(copy);
  const draftId = String((copy.draft as Record_)?.id ?? payload.draft.id);
  return rawPackage(change.level === 'text' ? damaged(text, change.seed) : text, draftId);
}
