import { z } from 'zod';
import { PUBLIC_KEY_PATTERN } from './port';

export const PublicKeySchema = z.string().regex(PUBLIC_KEY_PATTERN);

/** DER in hex: an SM2 signature is 70 to 72 bytes. */
export const SignatureValueSchema = z.string().regex(/^([0-9a-f]{2}){8,80}$/);

/** An SM2 signature with SM3 (default distinguishing id), and the key that made it. */
export const SignatureSchema = z
  .object({
    alg: z.literal('SM2-SM3'),
    key: PublicKeySchema,
    value: SignatureValueSchema,
  })
  .strict();
export type Signature = z.infer<typeof SignatureSchema>;
