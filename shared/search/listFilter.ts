import { z } from 'zod';
import { REVIEW_STATES } from '../model/draft';
import { IsoDate } from '../cases/caseModel';
import { readDateEntry } from '../structure/dateEntry';

/**
 * What the draft list and the case desk may be narrowed to: 成文日期 and 办理期限 ranges (both ends
 * included), review states and a 答复类型. Every field is optional; an empty filter lists everything.
 */
export const ListFilterSchema = z
  .object({
    signedFrom: IsoDate.optional(),
    signedTo: IsoDate.optional(),
    dueFrom: IsoDate.optional(),
    dueTo: IsoDate.optional(),
    reviewStates: z
      .array(z.enum(REVIEW_STATES, { message: '审核状态不对' }))
      .max(REVIEW_STATES.length)
      .optional(),
    replyType: z.string().trim().min(1).max(10, '答复类型最多 10 个字').optional(),
  })
  .strict()
  .refine((filter) => !filter.signedFrom || !filter.signedTo || filter.signedFrom <= filter.signedTo, {
    message: '成文日期的起始日期不能晚于截止日期',
  })
  .refine((filter) => !filter.dueFrom || !filter.dueTo || filter.dueFrom <= filter.dueTo, {
    message: '办理期限的起始日期不能晚于截止日期',
  });
export type ListFilter = z.infer<typeof ListFilterSchema>;

/**
 * The day a search text names, when the whole text is a date in a form the date input accepts: the
 * search box offers it as a 成文日期 filter, since a stored date is not matched as text.
 */
export function dateInSearch(query: string, today: string): string | undefined {
  const entry = readDateEntry(query, today);
  return entry.kind === 'date' ? entry.iso : undefined;
}
