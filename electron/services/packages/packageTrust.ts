import type { Payload } from '../../../shared/review/packageFormat';
import type { ImportReport } from '../../../shared/review/reviewSchemas';
import { counts } from '../../../shared/review/verdicts';
import type { RevisionTrust } from '../../../shared/trust/revisionTrust';
import type { Db } from '../../db/open';
import type { ServiceContext } from '../context';
import { personalKey, signingKey } from '../keys/personalKeys';
import { addRevisionSignatures, revisionTrust, signRevision } from '../keys/revisionSignatures';
import { readCurrentUser } from '../review/users';
import { currentTrust, verifiedLog } from '../review/verifiedLog';
import type { ArrivedPayload } from './arrivedPayload';

/** Keeps the signatures the package carries on revisions the store now holds; call after the revisions are added. */
export const keepRevisionSignatures = (db: Db, payload: Pick<Payload, 'revisionSignatures'>) => addRevisionSignatures(db, payload.revisionSignatures ?? []);

/** Whether the package's head may move this PC's current line: a signature on it that verifies here. */
export function carriedHeadTrust(db: Db, payload: Pick<ArrivedPayload, 'draft' | 'revisions' | 'revisionSignatures'>): RevisionTrust {
  const head = payload.revisions.find((revision) => revision.id === payload.draft.headRevisionId)!;
  return revisionTrust({ id: head.id, draftId: payload.draft.id, hash: head.hash, parents: head.parents }, payload.revisionSignatures ?? [], currentTrust(db));
}

/**
 * What the import tells the clerk about signatures: the state the draft's verified events replay to,
 * and each event the package carries that does not count here, with whom it claims and why.
 */
export function signatureReport(db: Db, payload: Pick<Payload, 'draft' | 'reviewLog'>): Pick<ImportReport, 'state' | 'notCounted'> {
  const { events, verdicts, replay } = verifiedLog(db, payload.draft.id);
  const carried = new Set(payload.reviewLog.map((event) => event.id));
  const notCounted = events
    .filter((event) => carried.has(event.id) && !counts(verdicts.get(event.id)!))
    .map((event) => ({
      eventId: event.id,
      action: event.action,
      actor: event.actor,
      actorUnit: event.actorUnit,
      time: event.time,
      verdict: verdicts.get(event.id)!,
    }));
  return { state: replay.state, notCounted };
}

/**
 * The user who sends a package signs its head, so the other PC may take the text as the current one.
 * A user without a personal key sends it unsigned: there it waits to be merged (待合并). A locked key
 * asks for the PIN first (NEEDS_PIN).
 */
export function signForExport(ctx: ServiceContext, revisionId: string): void {
  const user = readCurrentUser(ctx.db);
  if (!user || !ctx.keyVault || !personalKey(ctx, user.id)) return;
  const key = signingKey(ctx, user.id);
  const already = ctx.db.prepare('SELECT 1 FROM revision_signatures WHERE revision_id = ? AND signer_key = ?').get(revisionId, key.publicKey);
  if (!already) signRevision(ctx.db, revisionId, user, key, ctx.now().toISOString());
}
