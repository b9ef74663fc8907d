import { z } from 'zod';

/** 公开属性 categories under the 政府信息公开条例. */
export const DISCLOSURE_KINDS = ['主动公开', '依申请公开', '不予公开'] as const;

/**
 * The choices GB/T 9704 and local convention leave open. Each is a setting because bureaus differ;
 * the defaults are what a reply letter on plain A4 most often needs.
 */
export const PrintSettingsSchema = z
  .object({
    /** 'sealed': 成文日期 右空四字, 署名 centred above it, room for the seal; 'unsealed': 署名 右空二字. */
    signature: z.enum(['sealed', 'unsealed']).default('sealed'),
    /** 'letter' = 信函格式 (header lines, no number on page 1, 版记 without rules); 'ordinary' = 文件 layout. */
    format: z.enum(['ordinary', 'letter']).default('ordinary'),
    /** Double-sided printing: the 订口 (28 mm) is on the right of even pages. */
    mirrorMargins: z.boolean().default(false),
    /** Print the 答复类型 code (the replyType field) at the top right of the title. */
    replyTypeMark: z.boolean().default(true),
    disclosure: z.enum(['none', ...DISCLOSURE_KINDS]).default('none'),
    /** Where the bureau prints the 公开属性: a line above the title, or a 附注 below the date. */
    disclosurePlacement: z.enum(['header', 'note']).default('note'),
  })
  .strict();

export type PrintSettings = z.infer<typeof PrintSettingsSchema>;
export type PrintSettingsInput = z.input<typeof PrintSettingsSchema>;

export const DEFAULT_PRINT_SETTINGS: PrintSettings = PrintSettingsSchema.parse({});
