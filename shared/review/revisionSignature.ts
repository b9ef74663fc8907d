import { z } from 'zod';
import { Uuid } from '../model/draft';
import { signedBytes } from '../signing/encoding';
import type { SignaturePort } from '../signing/port';
import { SignatureSchema } from '../signing/signature';

export const REVISION_SIGNATURE_ENCODING = 1;

/**
 * A person's signature on a revision: its id, draft, content hash and parents, so the text and where
 * it sits in the draft's history cannot change under it. Made when a review step speaks for the text
 * and when a package is exported; a PC lets a revision from elsewhere move its current line forward
 * only when the signer's key verifies.
 */
export const RevisionSignatureSchema = z
  .object({
    v: z.literal(REVISION_SIGNATURE_ENCODING),
    revisionId: Uuid,
    draftId: Uuid,
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    parents: z.array(Uuid).max(8),
    signerId: z.string().max(40),
    signer: z.string().max(40),
    time: z.string().min(1).max(40),
    signature: SignatureSchema,
  })
  .strict();
export type RevisionSignature = z.infer<typeof RevisionSignatureSchema>;
export type RevisionSignatureBody = Omit<RevisionSignature, 'signature'>;

export function revisionSignatureBody(signed: RevisionSignatureBody): RevisionSignatureBody {
  const { v, revisionId, draftId, hash, parents, signerId, signer, time } = signed;
  return { v, revisionId, draftId, hash, parents, signerId, signer, time };
}

export const revisionSignatureBytes = (signed: RevisionSignatureBody) => signedBytes('revision', signed.v, revisionSignatureBody(signed));

export const revisionSignatureHolds = (port: SignaturePort, signed: RevisionSignature) =>
  port.verify(signed.signature.key, revisionSignatureBytes(signed), signed.signature.value);
