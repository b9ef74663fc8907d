import fc from 'fast-check';
import type { ReviewState } from '../model/draft';
import type { ReviewEvent } from '../review/reviewEvent';
import { counts } from '../review/verdicts';
import { sm2Port } from '../signing/sm2';
import { chain, factsFor, hashOf, makeBureau, OTHER_DRAFT_ID, signWith, trustIn, type Bureau } from './bureauFixture';
import { replayLog } from './replay';

/**
 * The property "no sequence of tampered events verifies", shared by the quick run in `npm test` and
 * the long one in `npm run stress`: an honest draft's log (submitted, returned, resubmitted, approved,
 * signed, issued), then one to three events changed in any field or signature, the log shuffled. No
 * changed event may count, and the state is at most what the honest events before the first changed
 * one give.
 */
export function tamperingProperty() {
  const bureau = makeBureau();
  const { drafter, reviewer, signer } = bureau.people;
  const honest = chain([
    { by: drafter, action: 'submit', from: 'drafting', time: '2026-05-10T02:00:00.000Z' },
    { by: reviewer, action: 'return', from: 'submitted', time: '2026-05-10T03:00:00.000Z', reason: '请补充年份' },
    { by: drafter, action: 'submit', from: 'returned', time: '2026-05-10T04:00:00.000Z' },
    { by: reviewer, action: 'approve', from: 'submitted', time: '2026-05-10T05:00:00.000Z' },
    { by: signer, action: 'sign', from: 'approved', time: '2026-05-10T06:00:00.000Z', signer: '张局长', signedOn: '2026-05-10' },
    { by: signer, action: 'issue', from: 'signed', time: '2026-05-10T07:00:00.000Z' },
  ]);
  const statesBefore: ReviewState[] = ['drafting', ...honest.map((event) => event.to)];
  const trust = trustIn(bureau.list());
  const mutation = fc.tuple(fc.nat(honest.length - 1), tamper(bureau, honest));
  return fc.property(
    fc.array(mutation, { minLength: 1, maxLength: 3 }),
    fc.array(fc.nat(), { minLength: honest.length, maxLength: honest.length }),
    (changes, order) => {
      const log = [...honest];
      for (const [index, change] of changes) log[index] = change(log[index]);
      // A later change may undo an earlier one (a signature put back): only what differs in the end is tampered.
      const changed = new Set(log.flatMap((event, index) => (JSON.stringify(event) === JSON.stringify(honest[index]) ? [] : [index])));
      fc.pre(changed.size > 0);
      const shuffled = log
        .map((event, index) => [order[index], event] as const)
        .sort((a, b) => a[0] - b[0])
        .map(([, event]) => event);
      const result = replayLog(shuffled, factsFor(honest), trust, sm2Port);
      for (const index of changed) if (counts(result.verdicts.get(log[index].id) ?? { kind: 'local' })) return false;
      return result.state === statesBefore[Math.min(...changed)];
    },
  );
}

type Change = (event: ReviewEvent) => ReviewEvent;

function tamper(bureau: Bureau, honest: readonly ReviewEvent[]): fc.Arbitrary<Change> {
  const people = Object.values(bureau.people);
  const text = fc.string({ minLength: 0, maxLength: 8 });
  const instant = fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2026-12-31T00:00:00Z') }).map((ms) => new Date(ms).toISOString());
  const someone = fc.constantFrom(...people);
  const other = fc.constantFrom(...honest);
  return fc.oneof(
    text.map((reason): Change => (event) => ({ ...event, reason })),
    text.map((signer): Change => (event) => ({ ...event, signer })),
    fc.constantFrom('2026-05-01', '2026-06-30').map((signedOn): Change => (event) => ({ ...event, signedOn })),
    instant.map((time): Change => (event) => ({ ...event, time })),
    someone.map((who): Change => (event) => ({ ...event, actor: who.name, actorUnit: who.unit })),
    someone.map((who): Change => (event) => ({ ...event, actorId: who.id })),
    fc.constantFrom('drafter', 'reviewer', 'signer' as const).map((actorRole): Change => (event) => ({ ...event, actorRole })),
    fc
      .constantFrom('submit', 'return', 'approve', 'sign', 'paperSign', 'withdrawSign', 'issue' as const)
      .map((action): Change => (event) => ({ ...event, action })),
    fc.constantFrom('drafting', 'submitted', 'returned', 'approved', 'signed', 'issued' as const).map((to): Change => (event) => ({ ...event, to })),
    fc.constantFrom('drafting', 'submitted', 'returned', 'approved', 'signed', 'issued' as const).map((from): Change => (event) => ({ ...event, from })),
    fc.constant<Change>((event) => ({ ...event, revisionHash: 'c3'.repeat(32) })),
    fc.constant<Change>((event) => ({ ...event, revisionId: '00000000-0000-4000-8000-0000000000c3' })),
    fc.constant<Change>((event) => ({ ...event, draftId: OTHER_DRAFT_ID })),
    fc.constant<Change>((event) => ({ ...event, deviceId: 'pc-elsewhere' })),
    fc.constant<Change>((event) => ({ ...event, id: event.id.replace(/.$/, (last) => (last === 'f' ? 'e' : 'f')) })),
    other.map((target): Change => (event) => ({ ...event, prev: hashOf(target) })),
    fc.constant<Change>((event) => ({ ...event, prev: null })),
    fc.constant<Change>((event) => ({ ...event, signature: null })),
    other.map((target): Change => (event) => ({ ...event, signature: target.signature })),
    someone.map((who): Change => (event) => ({ ...event, signature: event.signature && { ...event.signature, key: who.keys.publicKey } })),
    fc.nat(60).map((at): Change => (event) => ({ ...event, signature: event.signature && { ...event.signature, value: flipHex(event.signature.value, at) } })),
    // A valid signature by someone who is not the actor.
    someone.map(
      (who): Change =>
        (event) =>
          who.id === event.actorId ? event : signWith(who.keys, event),
    ),
  );
}

const flipHex = (hex: string, at: number) => {
  const index = at % hex.length;
  return hex.slice(0, index) + (hex[index] === '0' ? '1' : '0') + hex.slice(index + 1);
};
