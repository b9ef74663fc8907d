import { z } from 'zod';

const phrase = z.string().trim().min(1, '不能为空。').max(30, '不能超过 30 个字。');
const guards = z.array(z.string().trim().min(1).max(10)).max(60).optional();
const sentences = z.array(z.string().trim().min(2).max(200)).min(1).max(10);

/**
 * One row of a word list: a wrong (or outdated) form, the form to write instead, and the context that
 * decides it. The row is found only as the whole phrase; where `onlyAfter` is given, only when one of
 * its words follows right after (作好 + 工作, not 作好准备); never where one of `notBefore` ends right
 * before it, one of `notAfter` starts right after it, or one of `unlessSentenceHas` stands later in
 * its sentence. Its own examples prove it: each of `fires` must be flagged, none of `passes`.
 */
export const ListRowSchema = z
  .object({
    wrong: phrase.refine((text) => text.length >= 2, '至少两个字：单独一个字看不出上下文。'),
    right: phrase,
    /** What decides it: the set phrase itself, its neighbours, or its part of speech. */
    context: z.enum(['词语', '搭配', '词性']),
    note: z.string().trim().max(120).optional(),
    onlyAfter: guards,
    notBefore: guards,
    notAfter: guards,
    unlessSentenceHas: guards,
    /** The right form is a suggestion, not a certain replacement (a local body's name varies). */
    suggestOnly: z.boolean().optional(),
    /** The year the right form took effect (a reform): a letter dated before it is not flagged. */
    since: z.number().int().min(1949).max(2100).optional(),
    source: z.string().trim().min(2, '请写明出处（标准、词典、常见错误表或本单位）。').max(120),
    fires: sentences,
    passes: sentences,
  })
  .strict()
  .refine((row) => row.wrong !== row.right, { message: '错误写法与正确写法相同。', path: ['right'] });

export type ListRow = z.infer<typeof ListRowSchema>;

/** The two lists a bureau can tune: 错别字 (confusion pairs) and 规范表述 (outdated names and wordings). */
export type ListKind = 'confusion' | 'standardTerm';

export const LIST_KIND_LABELS: Record<ListKind, string> = { confusion: '易混淆词', standardTerm: '规范表述' };
