import { RevisionSignatureSchema, revisionSignatureBytes, type RevisionSignature, type RevisionSignatureBody } from '../../../shared/review/revisionSignature';
import { sm2Port } from '../../../shared/signing/sm2';
import { checkRevision, type RevisionFacts, type RevisionTrust } from '../../../shared/trust/revisionTrust';
import type { TrustView } from '../../../shared/trust/trustView';
import type { Db } from '../../db/open';
import { getRevision } from '../revisions/graph/revisionStore';
import type { UnlockedKey } from './personalKeys';
import { verifyingPort } from './verifyingPort';

/** Signs a stored revision as `signer` (their id and name) with their unlocked key, and keeps the signature beside it. */
export function signRevision(db: Db, revisionId: string, signer: { id: string; name: string }, key: UnlockedKey, time: string): RevisionSignature {
  const revision = getRevision(db, revisionId);
  const body: RevisionSignatureBody = {
    v: 1,
    revisionId,
    draftId: revision.draftId,
    hash: revision.hash,
    parents: revision.parents,
    signerId: signer.id,
    signer: signer.name,
    time,
  };
  const signed: RevisionSignature = {
    ...body,
    signature: { alg: 'SM2-SM3', key: key.publicKey, value: sm2Port.sign(key.privateKey, key.publicKey, revisionSignatureBytes(body)) },
  };
  addRevisionSignatures(db, [signed]);
  return signed;
}

/** Keeps signatures on revisions this store holds (others are dropped); a signature already here is kept as it is. Returns how many were added. */
export function addRevisionSignatures(db: Db, signatures: readonly RevisionSignature[]): number {
  const held = db.prepare('SELECT 1 FROM revisions WHERE id = ?').pluck();
  const insert = db.prepare('INSERT OR IGNORE INTO revision_signatures (revision_id, signer_key, signed) VALUES (?, ?, ?)');
  return signatures.filter((signed) => held.get(signed.revisionId) && insert.run(signed.revisionId, signed.signature.key, JSON.stringify(signed)).changes > 0)
    .length;
}

function parsed(text: string): RevisionSignature[] {
  try {
    return [RevisionSignatureSchema.parse(JSON.parse(text))];
  } catch {
    return [];
  }
}

/** The signatures on a draft's revisions, for its package. */
export function draftRevisionSignatures(db: Db, draftId: string): RevisionSignature[] {
  const rows = db
    .prepare('SELECT s.signed FROM revision_signatures s JOIN revisions r ON r.id = s.revision_id WHERE r.draft_id = ? ORDER BY s.rowid')
    .pluck()
    .all(draftId) as string[];
  return rows.flatMap(parsed);
}

/** Whether any of the signatures on `revision` verifies (see checkRevision); the first reason when none does. */
export function revisionTrust(revision: RevisionFacts, signatures: readonly RevisionSignature[], trust: TrustView): RevisionTrust {
  const own = signatures.filter((signed) => signed.revisionId === revision.id);
  let refusal: RevisionTrust = checkRevision(revision, undefined, trust, verifyingPort);
  for (const signed of own) {
    const verdict = checkRevision(revision, signed, trust, verifyingPort);
    if (verdict.ok) return verdict;
    refusal = verdict;
  }
  return refusal;
}
