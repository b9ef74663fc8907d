import { canonicalJson } from '../model/canonicalJson';
import { utf8, type SignaturePort } from './port';

/** What is signed, each with its own tag so that a signature over one can never pass for another. */
export type SignedKind = 'review-event' | 'revision' | 'key-list' | 'key-request';

/**
 * The bytes a signature or a chain hash is taken over: a line naming the kind and the encoding's
 * version, then the body as canonical JSON (keys sorted, no spaces), UTF-8. A new encoding is a new
 * version number; a reader checks the version before anything else.
 */
export function signedBytes(kind: SignedKind, version: number, body: object): Uint8Array {
  return utf8(`dafu/${kind}/v${version}\n${canonicalJson(body)}`);
}

export const bodyHash = (port: Pick<SignaturePort, 'sm3'>, kind: SignedKind, version: number, body: object) => port.sm3(signedBytes(kind, version, body));
