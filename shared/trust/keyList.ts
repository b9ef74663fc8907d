import { z } from 'zod';
import { canonicalJson } from '../model/canonicalJson';
import { USER_PERMISSIONS, USER_ROLES } from '../review/users';
import { signedBytes } from '../signing/encoding';
import { fingerprintOf, formatFingerprint, type SignaturePort } from '../signing/port';
import { PublicKeySchema, SignatureValueSchema } from '../signing/signature';

export const KEY_LIST_FORMAT = 'dafu-key-list';
export const KEY_LIST_ENCODING = 1;

const Instant = z.string().min(1).max(40);

/** One certified key: whose it is, in which role, with which permissions, from when, and whether revoked. */
export const ListedKeySchema = z
  .object({
    key: PublicKeySchema,
    userId: z.uuid(),
    name: z.string().min(1).max(40),
    unit: z.string().max(60),
    role: z.enum(USER_ROLES),
    permissions: z.array(z.enum(USER_PERMISSIONS)).max(USER_PERMISSIONS.length),
    validFrom: Instant,
    revokedAt: Instant.nullable(),
  })
  .strict();
export type ListedKey = z.infer<typeof ListedKeySchema>;

/** The bureau's key list: every certified key, signed as a whole by the bureau root. `serial` only grows. */
export const KeyListBodySchema = z
  .object({
    v: z.literal(KEY_LIST_ENCODING),
    bureau: z.string().min(1).max(80),
    root: PublicKeySchema,
    serial: z.number().int().min(1),
    issuedAt: Instant,
    keys: z.array(ListedKeySchema).max(5000),
  })
  .strict();
export type KeyListBody = z.infer<typeof KeyListBodySchema>;

export const SignedKeyListSchema = z
  .object({
    format: z.literal(KEY_LIST_FORMAT),
    body: KeyListBodySchema,
    signature: SignatureValueSchema,
  })
  .strict();
export type SignedKeyList = z.infer<typeof SignedKeyListSchema>;

export const keyListBytes = (body: KeyListBody) => signedBytes('key-list', body.v, body);

/** What this PC already trusts: the pinned root's fingerprint and the list it holds, if any. */
export interface PinnedTrust {
  fingerprint: string;
  current: KeyListBody | null;
}

export type KeyListVerdict =
  | {
      ok: true;
      list: KeyListBody;
      fingerprint: string;
      /** No root was pinned: the clerk must confirm the fingerprint first. */ firstPin: boolean;
      /** The same list this PC holds. */ same: boolean;
    }
  | { ok: false; reason: string };

const NOT_A_LIST = '这不是答复函起草助手的单位密钥清单文件，或文件已损坏。请向信息科重新要一份。';

/**
 * Whether a key-list file may replace what this PC holds: it must be well-formed and signed by the
 * root it names; with a root pinned, that root must be the pinned one, and the list no older than the
 * one held (the same serial must be the same list). Nothing is trusted because of where the file came from.
 */
export function checkKeyList(text: string, pinned: PinnedTrust | null, port: SignaturePort): KeyListVerdict {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: NOT_A_LIST };
  }
  const format = raw as { format?: unknown; body?: { v?: unknown } } | null;
  if (format?.format === KEY_LIST_FORMAT && typeof format.body?.v === 'number' && format.body.v > KEY_LIST_ENCODING) {
    return { ok: false, reason: '这份单位密钥清单由更新版本的答复函起草助手生成，本机的程序读不了。请先升级本机的答复函起草助手。' };
  }
  const parsed = SignedKeyListSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: NOT_A_LIST };
  const { body, signature } = parsed.data;
  if (!port.verify(body.root, keyListBytes(body), signature))
    return { ok: false, reason: '单位密钥清单的签名不符：文件在信息科签发后被改动过。请向信息科重新要一份，不要使用这个文件。' };
  const fingerprint = fingerprintOf(port, body.root);
  if (!pinned) return { ok: true, list: body, fingerprint, firstPin: true, same: false };
  if (fingerprint !== pinned.fingerprint) {
    return {
      ok: false,
      reason: `这份单位密钥清单不是由本机认可的单位根密钥签发的（它的根密钥指纹是 ${formatFingerprint(fingerprint)}，本机认可的是 ${formatFingerprint(pinned.fingerprint)}）。请向信息科核实；确需更换根密钥时，由信息科指导重新认可。`,
    };
  }
  const current = pinned.current;
  if (current && body.serial < current.serial)
    return { ok: false, reason: `这份单位密钥清单（第 ${body.serial} 版）比本机已有的（第 ${current.serial} 版）旧，没有导入。` };
  const same = current !== null && body.serial === current.serial;
  if (same && canonicalJson(body) !== canonicalJson(current))
    return { ok: false, reason: `这份单位密钥清单与本机已有的同为第 ${body.serial} 版，内容却不同。请向信息科核实。` };
  return { ok: true, list: body, fingerprint, firstPin: false, same };
}

/** The list's entry for a public key, if it certifies it. */
export const listedKey = (list: KeyListBody | null, publicKey: string): ListedKey | undefined => list?.keys.find((entry) => entry.key === publicKey);
