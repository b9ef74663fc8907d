import type { Handlers } from '../../../shared/api/contract';
import type { KeyStatus } from '../../../shared/api/keyCalls';
import { ApiError } from '../../../shared/api/errors';
import { listedKey } from '../../../shared/trust/keyList';
import type { ServiceContext } from '../context';
import { keyRequestText } from '../keys/keyRequestFile';
import { createPersonalKey, keyFingerprint, lockPersonalKey, personalKey, signingKey, unlockedKey, unlockPersonalKey } from '../keys/personalKeys';
import { deviceId, heldKeyList } from '../keys/trustStore';
import { isEnrolmentCode } from '../keys/enrolmentCode';
import { importKeyList } from './keyListImport';
import { readCurrentUser, requireUser } from './users';

/** The current user's key and the key list this PC holds, as the 签名 panel and `dafu keys show` show them. */
export function keyStatus(ctx: ServiceContext): KeyStatus {
  const { db } = ctx;
  const user = readCurrentUser(db);
  const held = heldKeyList(db);
  const sealed = user ? personalKey(ctx, user.id) : undefined;
  const entry = sealed && held ? listedKey(held.body, sealed.publicKey) : undefined;
  return {
    user: user && { id: user.id, name: user.name },
    personal: sealed
      ? {
          fingerprint: keyFingerprint(sealed.publicKey),
          createdAt: sealed.createdAt,
          unlocked: unlockedKey(ctx, user!.id) !== null,
          certified:
            entry && entry.userId === user!.id
              ? { name: entry.name, unit: entry.unit, role: entry.role, permissions: entry.permissions, revokedAt: entry.revokedAt }
              : null,
        }
      : null,
    list: held && {
      bureau: held.body.bureau,
      serial: held.body.serial,
      issuedAt: held.body.issuedAt,
      fingerprint: keyFingerprint(held.body.root),
      keys: held.body.keys.length,
      receivedAt: held.receivedAt,
    },
    canSign: ctx.keyVault !== undefined,
  };
}

type KeyHandlers = Pick<Handlers, 'keys.status' | 'keys.create' | 'keys.unlock' | 'keys.lock' | 'keys.request' | 'keys.importList'>;

export function keyHandlers(ctx: ServiceContext): KeyHandlers {
  return {
    'keys.status': () => keyStatus(ctx),
    'keys.create': ({ pin, replace }) => {
      createPersonalKey(ctx, requireUser(ctx.db).id, pin, replace);
      return keyStatus(ctx);
    },
    'keys.unlock': ({ pin }) => {
      unlockPersonalKey(ctx, requireUser(ctx.db).id, pin);
      return keyStatus(ctx);
    },
    'keys.lock': () => {
      const user = readCurrentUser(ctx.db);
      if (user && ctx.keyVault) lockPersonalKey(ctx, user.id);
      return keyStatus(ctx);
    },
    'keys.request': ({ enrolmentCode }) => {
      const user = requireUser(ctx.db);
      if (enrolmentCode !== undefined && !isEnrolmentCode(enrolmentCode))
        throw new ApiError('invalid_input', '注册码应为 16 位字母和数字（如 ABCD-EFGH-JKMN-PQRS），请核对信息科给您的注册码。');
      const key = signingKey(ctx, user.id);
      const sealed = personalKey(ctx, user.id)!;
      const text = keyRequestText(user, key, sealed.createdAt, deviceId(ctx.db), enrolmentCode);
      return { fileName: `${user.name}-密钥申请.dafukey`, text };
    },
    'keys.importList': (input) => importKeyList(ctx, input),
  };
}
