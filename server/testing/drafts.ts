import { createHash, randomUUID } from 'node:crypto';
import { canonicalJson } from '../../shared/model/canonicalJson';
import type { PackageRevision, Payload, ReviewEvent } from '../../shared/review/packageFormat';
import { eventHash } from '../../shared/review/reviewEvent';
import { TRANSITIONS, type ReviewAction } from '../../shared/review/reviewStates';
import { sm2Port } from '../../shared/signing/sm2';
import { signWith, type Person } from '../../shared/trust/bureauFixture';

/** A revision as a desktop store would send it: its content hash over content and fields. */
export function revision(text: string, parents: string[] = [], time = '2026-05-10T01:00:00.000Z', id = randomUUID()): PackageRevision {
  const content = { version: 1 as const, blocks: text.split('\n').map((line) => ({ role: 'body' as const, inlines: [{ t: 'text' as const, text: line }] })) };
  const fields = {};
  const hash = createHash('sha256').update(canonicalJson({ content, fields })).digest('hex');
  return { id, parents, kind: 'checkpoint', author: '王晶', time, note: null, chars: text.length, hash, content, fields };
}

/** One draft's payload, as `dafu package export` and sync carry it. */
export function payload(draftId: string, revisions: PackageRevision[], reviewLog: ReviewEvent[] = [], head = revisions[revisions.length - 1]): Payload {
  return {
    draft: {
      id: draftId,
      name: '关于加快发展夜间经济的答复',
      templateId: null,
      fieldDefinitions: [],
      reviewState: 'drafting',
      headRevisionId: head.id,
      createdAt: '2026-05-10T00:00:00.000Z',
    },
    revisions,
    comments: [],
    reviewLog,
    case: null,
  };
}

/** A review step on `on`, signed by `by`, following the event with hash `prev`. */
export function reviewStep(
  draftId: string,
  on: PackageRevision,
  by: Person,
  action: ReviewAction,
  from: ReviewEvent['from'],
  prev: ReviewEvent | null,
  time: string,
): ReviewEvent {
  const transition = TRANSITIONS[action];
  return signWith(by.keys, {
    v: 1,
    id: randomUUID(),
    draftId,
    action,
    from,
    to: transition.to,
    actorId: by.id,
    actor: by.name,
    actorUnit: by.unit,
    actorRole: by.role,
    reason: transition.needsReason ? '请按批注修改' : null,
    signer: transition.needsSigner ? by.name : null,
    signedOn: transition.needsSigner ? time.slice(0, 10) : null,
    revisionId: on.id,
    revisionHash: on.hash,
    time,
    prev: prev ? eventHash(sm2Port, prev) : null,
    deviceId: 'pc-1',
    signature: null,
  });
}
