import { z } from 'zod';
import { Uuid } from '../model/draft';

/** One number in the 发文登记: who took it for which draft, and whether it was given back. */
export const DocNumberRecordSchema = z.object({
  id: Uuid,
  text: z.string(),
  year: z.number().int(),
  number: z.number().int(),
  draftId: Uuid.nullable(),
  draftTitle: z.string(),
  issuedBy: z.string(),
  issuedAt: z.string(),
  voided: z.object({ at: z.string(), by: z.string(), reason: z.string() }).nullable(),
  /** Taken offline on a PC connected to the team server: 待确认 until the server confirms or replaces it at the next sync. */
  provisional: z.boolean(),
});
export type DocNumberRecord = z.infer<typeof DocNumberRecordSchema>;

/** 发文字号 taken from the bureau's series, so no two letters carry one number, and the register of them (发文登记). */
export const docNumberCalls = {
  'docNumbers.take': {
    input: z.object({ draftId: Uuid }).strict(),
    /** `alreadyHeld`: the draft had a number of this year's series already, and gets the same one back. */
    output: DocNumberRecordSchema.extend({ alreadyHeld: z.boolean() }),
  },
  'docNumbers.list': {
    input: z.object({ year: z.number().int().min(1900).max(9999).optional() }).strict(),
    output: z.array(DocNumberRecordSchema),
  },
  'docNumbers.void': {
    input: z
      .object({
        id: Uuid,
        reason: z.string().trim().min(1, '请写明作废的原因，如「发文取消」「号码取错」。').max(200, '原因最多 200 个字'),
      })
      .strict(),
    output: DocNumberRecordSchema,
  },
} as const;
