import { z } from 'zod';
import { Uuid } from '../model/draft';
import { REVIEW_STATES } from '../model/draft';
import { USER_PERMISSIONS, USER_ROLES } from '../review/users';

const Pin = z.string().min(1, '请输入签名口令').max(64, '签名口令最多 64 位');

/** This PC's signing as the current user sees it: their key, whether the bureau certifies it, and the key list held. */
export const KeyStatusSchema = z.object({
  user: z.object({ id: Uuid, name: z.string() }).nullable(),
  personal: z
    .object({
      fingerprint: z.string(),
      createdAt: z.string(),
      unlocked: z.boolean(),
      /** The key list's entry for this key; null when no list certifies it (本机签名). */
      certified: z
        .object({
          name: z.string(),
          unit: z.string(),
          role: z.enum(USER_ROLES),
          permissions: z.array(z.enum(USER_PERMISSIONS)),
          revokedAt: z.string().nullable(),
        })
        .nullable(),
    })
    .nullable(),
  list: z
    .object({ bureau: z.string(), serial: z.number().int(), issuedAt: z.string(), fingerprint: z.string(), keys: z.number().int(), receivedAt: z.string() })
    .nullable(),
  /** Whether this PC can keep private keys at all (not with a database held only in memory). */
  canSign: z.boolean(),
});
export type KeyStatus = z.infer<typeof KeyStatusSchema>;

export const KeyListImportSchema = z.discriminatedUnion('outcome', [
  /** The root is new to this PC: its fingerprint must be compared with what IT announced, then given back. */
  z.object({
    outcome: z.literal('confirm'),
    repin: z.boolean(),
    bureau: z.string(),
    serial: z.number().int(),
    keys: z.number().int(),
    fingerprint: z.string(),
  }),
  z.object({
    outcome: z.literal('imported'),
    bureau: z.string(),
    serial: z.number().int(),
    keys: z.number().int(),
    fingerprint: z.string(),
    pinned: z.enum(['new', 'kept', 'repinned']),
    /** The same list this PC already held. */
    same: z.boolean(),
    /** Drafts whose state changed when their events were verified again. */
    changed: z.array(z.object({ draftId: Uuid, title: z.string(), from: z.enum(REVIEW_STATES), to: z.enum(REVIEW_STATES) })),
  }),
]);
export type KeyListImport = z.infer<typeof KeyListImportSchema>;

/** Personal signing keys and the bureau key list, on this PC. */
export const keyCalls = {
  'keys.status': { input: z.object({}).strict(), output: KeyStatusSchema },
  'keys.create': { input: z.object({ pin: Pin, replace: z.boolean().optional() }).strict(), output: KeyStatusSchema },
  'keys.unlock': { input: z.object({ pin: Pin }).strict(), output: KeyStatusSchema },
  'keys.lock': { input: z.object({}).strict(), output: KeyStatusSchema },
  'keys.request': { input: z.object({ enrolmentCode: z.string().max(40).optional() }).strict(), output: z.object({ fileName: z.string(), text: z.string() }) },
  'keys.importList': {
    input: z.object({ text: z.string().min(1).max(5_000_000), fingerprint: z.string().max(100).optional(), repin: z.boolean().optional() }).strict(),
    output: KeyListImportSchema,
  },
} as const;
