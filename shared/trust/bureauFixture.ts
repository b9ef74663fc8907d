import type { ReviewState } from '../model/draft';
import { eventBytes, eventHash, type ReviewEvent } from '../review/reviewEvent';
import { TRANSITIONS, type ReviewAction } from '../review/reviewStates';
import type { UserPermission, UserRole } from '../review/users';
import { sm2Port } from '../signing/sm2';
import { keyListBytes, type KeyListBody, type ListedKey, type SignedKeyList } from './keyList';
import type { DraftFacts, TrustView } from './trustView';

/**
 * A small bureau for tests of the signing rules: a root, people with real SM2 keys, a key list, and
 * review events signed the way the app signs them. Kept to a handful of keys: SM2 in JavaScript is slow.
 */
export const DRAFT_ID = '5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
export const OTHER_DRAFT_ID = '6c2d3e4f-5061-4b7c-9d8e-0f1a2b3c4d5e';
export const REVISION = { id: '00000000-0000-4000-8000-0000000000a1', hash: 'a1'.repeat(32) };
export const HERE = 'pc-here-0000';

export interface Person {
  id: string;
  name: string;
  unit: string;
  role: UserRole;
  permissions: UserPermission[];
  keys: { privateKey: string; publicKey: string };
}

const person = (id: string, name: string, unit: string, role: UserRole, permissions: UserPermission[] = []): Person => ({
  id,
  name,
  unit,
  role,
  permissions,
  keys: sm2Port.generate(),
});

export function makeBureau() {
  const root = sm2Port.generate();
  const people = {
    drafter: person('11111111-1111-4111-8111-111111111111', '王晶', '综合科', 'drafter'),
    reviewer: person('22222222-2222-4222-8222-222222222222', '李科长', '综合科', 'reviewer'),
    signer: person('33333333-3333-4333-8333-333333333333', '张局长', '局领导', 'signer'),
    secretary: person('44444444-4444-4444-8444-444444444444', '陈秘书', '办公室', 'drafter', ['paperSign']),
  };
  const entry = (who: Person, changes: Partial<ListedKey> = {}): ListedKey => ({
    key: who.keys.publicKey,
    userId: who.id,
    name: who.name,
    unit: who.unit,
    role: who.role,
    permissions: who.permissions,
    validFrom: '2026-01-01T00:00:00.000Z',
    revokedAt: null,
    ...changes,
  });
  const list = (entries: ListedKey[] = Object.values(people).map((who) => entry(who)), serial = 1, rootKeys = root): KeyListBody => ({
    v: 1,
    bureau: '柳州市商务局',
    root: rootKeys.publicKey,
    serial,
    issuedAt: '2026-01-02T00:00:00.000Z',
    keys: entries,
  });
  const signList = (body: KeyListBody, rootKeys = root): string => {
    const file: SignedKeyList = { format: 'dafu-key-list', body, signature: sm2Port.sign(rootKeys.privateKey, rootKeys.publicKey, keyListBytes(body)) };
    return JSON.stringify(file);
  };
  return { root, people, entry, list, signList };
}
export type Bureau = ReturnType<typeof makeBureau>;

/** Signs `event` (its signature replaced) with `keys`, as the app does. */
export function signWith(keys: Person['keys'], event: ReviewEvent): ReviewEvent {
  const unsigned = { ...event, signature: null };
  return { ...event, signature: { alg: 'SM2-SM3', key: keys.publicKey, value: sm2Port.sign(keys.privateKey, keys.publicKey, eventBytes(unsigned)) } };
}

let counter = 0;
/** A fresh event id, distinct in every call (tests compare ids for ties, so they stay ordered). */
export const nextEventId = () => `00000000-0000-4000-9000-${String(++counter).padStart(12, '0')}`;

export interface Step {
  by: Person;
  action: ReviewAction;
  from: ReviewState;
  time: string;
  reason?: string;
  signer?: string;
  signedOn?: string;
}

/** One step signed by its actor, on the draft's event with hash `prev`. */
export function step(prev: string | null, { by, action, from, time, reason, signer, signedOn }: Step, id = nextEventId()): ReviewEvent {
  const transition = TRANSITIONS[action];
  return signWith(by.keys, {
    v: 1,
    id,
    draftId: DRAFT_ID,
    action,
    from,
    to: transition.to,
    actorId: by.id,
    actor: by.name,
    actorUnit: by.unit,
    actorRole: by.role,
    reason: reason ?? (transition.needsReason ? '请按批注修改' : null),
    signer: signer ?? (transition.needsSigner ? by.name : null),
    signedOn: signedOn ?? (transition.needsSigner ? time.slice(0, 10) : null),
    revisionId: REVISION.id,
    revisionHash: REVISION.hash,
    time,
    prev,
    deviceId: 'pc-drafter-01',
    signature: null,
  });
}

/** Steps one after another, each naming the one before. */
export function chain(steps: Step[]): ReviewEvent[] {
  const events: ReviewEvent[] = [];
  for (const next of steps) events.push(step(events.length ? eventHash(sm2Port, events.at(-1)!) : null, next));
  return events;
}

export const hashOf = (event: ReviewEvent) => eventHash(sm2Port, event);

/** The usual path: submitted by the drafter, approved by the reviewer, signed by the signer. */
export const submitApproveSign = (bureau: Bureau) =>
  chain([
    { by: bureau.people.drafter, action: 'submit', from: 'drafting', time: '2026-05-10T02:00:00.000Z' },
    { by: bureau.people.reviewer, action: 'approve', from: 'submitted', time: '2026-05-11T02:00:00.000Z' },
    { by: bureau.people.signer, action: 'sign', from: 'approved', time: '2026-05-12T02:00:00.000Z' },
  ]);

/** What this PC knows of the draft: its one revision, and each event first seen when it was made. */
export const factsFor = (events: readonly ReviewEvent[], changes: Partial<DraftFacts> = {}): DraftFacts => ({
  draftId: DRAFT_ID,
  revisionHashes: new Map([[REVISION.id, REVISION.hash]]),
  firstSeen: new Map(events.map((event) => [event.id, event.time])),
  madeHere: new Set(),
  ...changes,
});

export const trustIn = (list: KeyListBody | null, changes: Partial<TrustView> = {}): TrustView => ({ list, localKeys: new Map(), deviceId: HERE, ...changes });
