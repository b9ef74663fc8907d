import { z } from 'zod';
import { REVIEW_STATES, RevisionSummarySchema, Uuid } from '../model/draft';
import { CommentAnchorSchema } from './commentAnchor';
import { ReviewEventSchema } from './packageFormat';
import { REVIEW_ACTIONS } from './reviewStates';

export const CommentBodySchema = z.string().trim().min(1, '批注内容不能为空').max(5000, '批注最多 5000 个字');

const CommentEntrySchema = z.object({
  id: Uuid,
  body: z.string(),
  author: z.string(),
  authorUnit: z.string(),
  time: z.string(),
});

/** A comment with its replies; `anchor` is where its text is now, null when that text is gone. */
export const CommentThreadSchema = CommentEntrySchema.extend({
  anchor: CommentAnchorSchema.nullable(),
  originalAnchor: CommentAnchorSchema,
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  replies: z.array(CommentEntrySchema),
});
export type CommentThread = z.infer<typeof CommentThreadSchema>;

export const TransitionInputSchema = z
  .object({
    draftId: Uuid,
    action: z.enum(REVIEW_ACTIONS),
    reason: z.string().trim().max(1000, '理由最多 1000 个字').optional(),
    signer: z.string().trim().max(40).optional(),
    signedOn: z.string().max(10).optional(),
  })
  .strict();

export const ReviewStatusSchema = z.object({
  state: z.enum(REVIEW_STATES),
  log: z.array(ReviewEventSchema),
  /** Revisions from another line (another PC) that wait to be merged into the current one. */
  pendingMerges: z.array(RevisionSummarySchema),
});
export type ReviewStatus = z.infer<typeof ReviewStatusSchema>;

export const ImportReportSchema = z.object({
  draftId: Uuid,
  title: z.string(),
  created: z.boolean(),
  revisionsAdded: z.number().int(),
  commentsAdded: z.number().int(),
  eventsAdded: z.number().int(),
  diverged: z.boolean(),
  /** Which line is current after the import when they diverged. */
  current: z.enum(['local', 'imported']),
  state: z.enum(REVIEW_STATES),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;
