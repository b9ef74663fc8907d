import type { ReviewState } from '../../../shared/model/draft';
import { SignatureSchema } from '../../../shared/signing/signature';
import { RecipientSchema, type ReviewEvent } from '../../../shared/review/reviewEvent';

/** A row of review_events as schema version 9 stores it. */
export interface ReviewEventRow {
  id: string;
  draft_id: string;
  action: ReviewEvent['action'];
  from_state: ReviewState;
  to_state: ReviewState;
  actor: string;
  actor_unit: string;
  actor_role: ReviewEvent['actorRole'];
  reason: string | null;
  signer: string | null;
  signed_on: string | null;
  revision_id: string;
  created_at: string;
  actor_id: string;
  revision_hash: string;
  prev_hash: string | null;
  device_id: string;
  encoding: number;
  /** The signature as JSON ({alg, key, value}); null for an event logged before signing. */
  signature: string | null;
  /** When the event reached this PC: logged here, or imported. */
  received_at: string;
  /** `here`: logged on this PC; `package`: received in a .dafu package. */
  origin: 'here' | 'package';
  /** Whom the step was sent to, as JSON (schema version 13); null when the actor chose no one. */
  sent_to?: string | null;
}

function parseSignature(text: string | null): ReviewEvent['signature'] {
  if (text === null) return null;
  try {
    return SignatureSchema.parse(JSON.parse(text));
  } catch {
    // A signature that no longer reads cannot verify: the event shows as 未验证, never as unsigned.
    return { alg: 'SM2-SM3', key: `04${'0'.repeat(128)}`, value: '00'.repeat(8) };
  }
}

/** The event a row holds, exactly as it was signed: the row's columns map one to one onto the event's fields. */
export function eventFromRow(row: ReviewEventRow): ReviewEvent {
  return {
    v: row.encoding as 1,
    id: row.id,
    draftId: row.draft_id,
    action: row.action,
    from: row.from_state,
    to: row.to_state,
    actorId: row.actor_id,
    actor: row.actor,
    actorUnit: row.actor_unit,
    actorRole: row.actor_role,
    reason: row.reason,
    signer: row.signer,
    signedOn: row.signed_on,
    revisionId: row.revision_id,
    revisionHash: row.revision_hash,
    time: row.created_at,
    prev: row.prev_hash,
    deviceId: row.device_id,
    ...(row.sent_to ? { sentTo: parseRecipients(row.sent_to) } : {}),
    signature: parseSignature(row.signature),
  };
}

function parseRecipients(text: string): NonNullable<ReviewEvent['sentTo']> {
  try {
    return RecipientSchema.array().min(1).parse(JSON.parse(text));
  } catch {
    // Unreadable recipients cannot be what was signed: the event then shows as 未验证.
    return [{ userId: '00000000-0000-0000-0000-000000000000', name: '（已损坏）' }];
  }
}
