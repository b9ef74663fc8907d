import { z } from 'zod';
import { PUBLIC_KEY_PATTERN } from './port';

/**
 * A private key as it rests on disk: encrypted with a key derived from the holder's PIN (scrypt),
 * AES-256-GCM, the public key and the holder's id bound in as associated data so that neither can be
 * swapped under it. Several clerks may share one PC account: the PIN is what keeps theirs apart.
 */
export const SEALED_KEY_FORMAT = 'dafu-private-key';

const B64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
export const SealedKeySchema = z
  .object({
    format: z.literal(SEALED_KEY_FORMAT),
    v: z.literal(1),
    holder: z.string().max(40),
    publicKey: z.string().regex(PUBLIC_KEY_PATTERN),
    kdf: z.object({ name: z.literal('scrypt'), logN: z.number().int().min(10).max(20), r: z.literal(8), p: z.literal(1), salt: B64 }).strict(),
    cipher: z.literal('aes-256-gcm'),
    iv: B64,
    tag: B64,
    data: B64,
    createdAt: z.string(),
  })
  .strict();
export type SealedKey = z.infer<typeof SealedKeySchema>;

/** Where a PC keeps its users' sealed private keys: never in the database, its backups or a package. */
export interface KeyVault {
  read(name: string): SealedKey | undefined;
  write(name: string, sealed: SealedKey): void;
  /** Where the keys are, for messages. */
  where: string;
}
