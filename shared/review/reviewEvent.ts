import { z } from 'zod';
import { REVIEW_STATES, Uuid } from '../model/draft';
import { bodyHash, signedBytes } from '../signing/encoding';
import type { SignaturePort } from '../signing/port';
import { SignatureSchema } from '../signing/signature';
import { REVIEW_ACTIONS } from './reviewStates';
import { USER_ROLES } from './users';

/** The encoding of a review event's signed body; a new one gets a new number. */
export const EVENT_ENCODING = 1;

const Instant = z.string().min(1).max(40);

/** Someone a step was sent to: the reviewers a draft is submitted to, the signer an approval goes to. */
export const PersonRecipientSchema = z.object({ userId: Uuid, name: z.string().min(1).max(40) }).strict();
/**
 * 本科室全部审核人: the 科室 itself, not the names it had when the step was taken, so that a reviewer
 * who joins it later finds the draft waiting too (its reviewers are whoever they are when the inbox is read).
 */
export const UnitRecipientSchema = z.object({ unit: z.string().min(1).max(60) }).strict();
export const RecipientSchema = z.union([PersonRecipientSchema, UnitRecipientSchema]);
export type Recipient = z.infer<typeof RecipientSchema>;
export type PersonRecipient = z.infer<typeof PersonRecipientSchema>;

/** Whether a recipient entry names this person: by id, or as one of its 科室's reviewers. */
export const recipientIncludes = (recipient: Recipient, me: { userId: string; unit: string; role: string }) =>
  'userId' in recipient ? recipient.userId === me.userId : me.role === 'reviewer' && recipient.unit === me.unit;

/** Whether a step went to a whole 科室, which a client without 科室 recipients cannot read (see the package and sync format versions). */
export const sentToUnit = (event: { sentTo?: readonly object[] }) => event.sentTo?.some((recipient) => 'unit' in recipient) ?? false;

/**
 * One step of a draft's review. Everything but `signature` is its body, which the actor signs whole,
 * `prev` (the chain hash of the draft's event before it) included: nothing in it can be changed,
 * moved to another draft, reordered or replayed. Events written before signing existed carry no
 * signature; packages of format 2 lack the newer fields, which read as empty.
 */
export const ReviewEventSchema = z.object({
  v: z.literal(EVENT_ENCODING).default(EVENT_ENCODING),
  id: Uuid,
  draftId: z.string().max(40).default(''),
  action: z.enum(REVIEW_ACTIONS),
  from: z.enum(REVIEW_STATES),
  to: z.enum(REVIEW_STATES),
  actorId: z.string().max(40).default(''),
  actor: z.string(),
  actorUnit: z.string(),
  actorRole: z.enum(USER_ROLES),
  reason: z.string().nullable(),
  /** The leader who signed: the signer themselves for 签发, the one on paper for 代录签发. */
  signer: z.string().nullable(),
  signedOn: z.string().nullable(),
  revisionId: Uuid,
  /** The content hash of `revisionId`: the text the step speaks for. */
  revisionHash: z.string().max(64).default(''),
  time: Instant,
  prev: z.string().max(64).nullable().default(null),
  /** The PC that logged it (for events from before signing, the only thing that says where they count). */
  deviceId: z.string().max(40).default(''),
  /**
   * Whom the step was sent to, when the actor chose (a server lets them see the draft). Signed with
   * the rest; an event without it signs exactly the bytes it always did, so older events still verify.
   */
  sentTo: z.array(RecipientSchema).min(1).max(100).optional(),
  signature: SignatureSchema.nullable().default(null),
});
export type ReviewEvent = z.infer<typeof ReviewEventSchema>;
export type ReviewEventBody = Omit<ReviewEvent, 'signature'>;

/** The signed part of an event: every field it carries but the signature, and nothing else. */
export function eventBody(event: ReviewEvent): ReviewEventBody {
  return {
    v: event.v,
    id: event.id,
    draftId: event.draftId,
    action: event.action,
    from: event.from,
    to: event.to,
    actorId: event.actorId,
    actor: event.actor,
    actorUnit: event.actorUnit,
    actorRole: event.actorRole,
    reason: event.reason,
    signer: event.signer,
    signedOn: event.signedOn,
    revisionId: event.revisionId,
    revisionHash: event.revisionHash,
    time: event.time,
    prev: event.prev,
    deviceId: event.deviceId,
    ...(event.sentTo ? { sentTo: event.sentTo } : {}),
  };
}

export const eventBytes = (event: ReviewEvent) => signedBytes('review-event', event.v, eventBody(event));

/** The hash the next event of the draft names as `prev`. */
export const eventHash = (port: Pick<SignaturePort, 'sm3'>, event: ReviewEvent) => bodyHash(port, 'review-event', event.v, eventBody(event));

export const signatureHolds = (port: SignaturePort, event: ReviewEvent) =>
  event.signature !== null && port.verify(event.signature.key, eventBytes(event), event.signature.value);
