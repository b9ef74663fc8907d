import { z } from 'zod';
import { USER_PERMISSIONS, USER_ROLES } from '../review/users';
import { signedBytes } from '../signing/encoding';
import type { SignaturePort } from '../signing/port';
import { PublicKeySchema, SignatureValueSchema } from '../signing/signature';

export const KEY_REQUEST_FORMAT = 'dafu-key-request';

/**
 * What a user takes to IT to have their key certified: who they say they are, their public key, a
 * proof that they hold its private half (the body signed with it) and, when IT gave them a one-time
 * enrolment code, a MAC over the body made with that code. IT decides the role: the one in the
 * request is only what the user said on their PC.
 */
export const KeyRequestBodySchema = z
  .object({
    v: z.literal(1),
    userId: z.uuid(),
    name: z.string().min(1).max(40),
    unit: z.string().max(60),
    role: z.enum(USER_ROLES),
    permissions: z.array(z.enum(USER_PERMISSIONS)).max(USER_PERMISSIONS.length),
    key: PublicKeySchema,
    createdAt: z.string().min(1).max(40),
    deviceId: z.string().max(40),
  })
  .strict();
export type KeyRequestBody = z.infer<typeof KeyRequestBodySchema>;

export const KeyRequestSchema = z
  .object({
    format: z.literal(KEY_REQUEST_FORMAT),
    body: KeyRequestBodySchema,
    proof: SignatureValueSchema,
    enrolment: z
      .object({ mac: z.string().regex(/^[0-9a-f]{64}$/) })
      .strict()
      .nullable(),
  })
  .strict();
export type KeyRequest = z.infer<typeof KeyRequestSchema>;

export const keyRequestBytes = (body: KeyRequestBody) => signedBytes('key-request', body.v, body);

/** A request file read and its proof of possession checked; the reason in words when it is not one. */
export function readKeyRequest(text: string, port: SignaturePort): { ok: true; request: KeyRequest } | { ok: false; reason: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = undefined;
  }
  const parsed = KeyRequestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: '这不是答复函起草助手导出的密钥申请文件，或文件已损坏。请让本人重新导出（dafu keys request）。' };
  if (!port.verify(parsed.data.body.key, keyRequestBytes(parsed.data.body), parsed.data.proof)) {
    return { ok: false, reason: '密钥申请文件的签名不符：文件在导出后被改动过。请让本人重新导出。' };
  }
  return { ok: true, request: parsed.data };
}
