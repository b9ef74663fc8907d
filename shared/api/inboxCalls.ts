import { z } from 'zod';
import { NoticeSchema, WaitingItemSchema } from '../review/inbox';
import { RecipientOptionSchema } from '../trust/recipients';

/**
 * 待我审核: what waits for the current user (oldest first, with the case's 办理期限), the drafter's
 * notices of 退回, 审核通过 and 签发, and whom 提交审核 / 审核通过 can be sent to (the bureau key list's
 * reviewers and signers, which a connected PC receives at every sync).
 */
export const inboxCalls = {
  'inbox.list': { input: z.object({}).strict(), output: z.object({ waiting: z.array(WaitingItemSchema), notices: z.array(NoticeSchema) }) },
  'inbox.recipients': {
    input: z.object({}).strict(),
    output: z.object({ unit: z.string(), options: z.array(RecipientOptionSchema) }),
  },
  'inbox.markRead': { input: z.object({ eventIds: z.array(z.uuid()).min(1).max(1000) }).strict(), output: z.object({ read: z.number().int() }) },
} as const;
