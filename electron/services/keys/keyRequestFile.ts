import type { User } from '../../../shared/review/users';
import { sm2Port } from '../../../shared/signing/sm2';
import { KEY_REQUEST_FORMAT, keyRequestBytes, type KeyRequest, type KeyRequestBody } from '../../../shared/trust/keyRequest';
import { codeKey, enrolmentMac } from './enrolmentCode';
import type { UnlockedKey } from './personalKeys';

/**
 * The file a user takes to IT: their id, name, 科室 and role as said on this PC, their public key
 * signed with its private half, and with an enrolment code, a MAC that only that code could make.
 */
export function keyRequestText(user: User, key: UnlockedKey, createdAt: string, deviceId: string, enrolmentCode?: string): string {
  const body: KeyRequestBody = {
    v: 1,
    userId: user.id,
    name: user.name,
    unit: user.unit,
    role: user.role,
    permissions: user.permissions,
    key: key.publicKey,
    createdAt,
    deviceId,
  };
  const bytes = keyRequestBytes(body);
  const request: KeyRequest = {
    format: KEY_REQUEST_FORMAT,
    body,
    proof: sm2Port.sign(key.privateKey, key.publicKey, bytes),
    enrolment: enrolmentCode ? { mac: enrolmentMac(codeKey(enrolmentCode), bytes) } : null,
  };
  return `${JSON.stringify(request, null, 2)}\n`;
}
