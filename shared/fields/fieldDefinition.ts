import { z } from 'zod';

export const FIELD_TYPES = ['text', 'person', 'number', 'date', 'choice'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const FieldDefinitionSchema = z
  .object({
    name: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, '字段名只能用英文字母和数字'),
    label: z.string().min(1).max(32),
    type: z.enum(FIELD_TYPES, { message: '不认识的字段类型' }),
    choices: z.array(z.string().min(1)).optional(),
    /** Wording chosen by another field, such as the closing sentence that goes with the 答复类型. */
    follows: z
      .object({ field: z.string(), texts: z.record(z.string(), z.string()) })
      .strict()
      .optional(),
  })
  .strict();

export type FieldDefinition = z.infer<typeof FieldDefinitionSchema>;

export const FieldValuesSchema = z.record(z.string().max(64), z.string().max(2_000));
export type FieldValues = z.infer<typeof FieldValuesSchema>;
