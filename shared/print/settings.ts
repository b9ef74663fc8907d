import { z } from 'zod';

/** 公开属性 categories under the 政府信息公开条例. */
export const DISCLOSURE_KINDS = ['主动公开', '依申请公开', '不予公开'] as const;

export const SECRECY_LEVELS = ['秘密', '机密', '绝密'] as const;
export const URGENCY_LEVELS = ['加急', '特急'] as const;

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
    /** 文件格式 版头 (with the ordinary format): the red 发文机关标志, the 发文字号 and the red separator line. */
    documentHeader: z.boolean().default(false),
    /** 份号: the copy's number, printed as 6 digits at the top left. */
    copyNumber: z
      .string()
      .regex(/^\d{0,6}$/, '份号只能是 1 到 6 位数字')
      .default(''),
    secrecy: z.enum(['none', ...SECRECY_LEVELS], { message: '密级只能是秘密、机密或绝密' }).default('none'),
    /** 保密期限 after the 密级 and a ★, e.g. 「1年」. */
    secrecyTerm: z.string().trim().max(12, '保密期限最多 12 个字').default(''),
    urgency: z.enum(['none', ...URGENCY_LEVELS], { message: '紧急程度只能是加急或特急' }).default('none'),
    /** 上行文: the 签发人 prints on the 发文字号 line of the 文件格式 版头, from the draft's verified 签发. */
    upward: z.boolean().default(false),
  })
  .strict();

export type PrintSettings = z.infer<typeof PrintSettingsSchema>;
export type PrintSettingsInput = z.input<typeof PrintSettingsSchema>;

export const DEFAULT_PRINT_SETTINGS: PrintSettings = PrintSettingsSchema.parse({});
