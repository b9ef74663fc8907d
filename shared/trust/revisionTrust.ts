import type { SignaturePort } from '../signing/port';
import { revisionSignatureHolds, type RevisionSignature } from '../review/revisionSignature';
import { listedKey } from './keyList';
import { before, type TrustView } from './trustView';

/** What a revision says of itself, as the package carries it. */
export interface RevisionFacts {
  id: string;
  draftId: string;
  hash: string;
  parents: readonly string[];
}

export type RevisionTrust = { ok: true; by: string; local: boolean } | { ok: false; reason: string };

const sameParents = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((parent, index) => parent === b[index]);

/**
 * Whether a revision from elsewhere may move a draft's current line forward: it must carry a
 * signature over its id, draft, content hash and parents, by a key the bureau's list certifies for
 * the signer named and not revoked when it signed, or by a key made on this PC.
 */
export function checkRevision(revision: RevisionFacts, signed: RevisionSignature | undefined, trust: TrustView, port: SignaturePort): RevisionTrust {
  if (!signed) return { ok: false, reason: '这个版本没有签名' };
  const matches =
    signed.revisionId === revision.id && signed.draftId === revision.draftId && signed.hash === revision.hash && sameParents(signed.parents, revision.parents);
  if (!matches || !revisionSignatureHolds(port, signed)) return { ok: false, reason: '版本的签名不符：内容在签名后被改动过' };
  const listed = listedKey(trust.list, signed.signature.key);
  if (listed) {
    if (listed.userId !== signed.signerId) return { ok: false, reason: `签名所用的密钥属于${listed.name}，不是${signed.signer}` };
    if (before(signed.time, listed.validFrom)) return { ok: false, reason: '签名时间早于这把密钥的生效时间' };
    if (listed.revokedAt && !before(signed.time, listed.revokedAt)) return { ok: false, reason: `${listed.name}的密钥已吊销` };
    return { ok: true, by: listed.name, local: false };
  }
  const local = trust.localKeys.get(signed.signature.key);
  if (local && local.userId === signed.signerId) return { ok: true, by: signed.signer, local: true };
  return { ok: false, reason: trust.list ? `${signed.signer}的密钥不在单位密钥清单中` : '本机还没有单位密钥清单，无法核实签名人' };
}
