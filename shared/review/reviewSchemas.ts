import { z } from 'zod';
import { FieldValuesSchema } from '../fields/fieldDefinition';
import { LetterDocumentSchema } from '../model/document';
import { REVIEW_STATES, RevisionSummarySchema, Uuid } from '../model/draft';
import { CommentAnchorSchema } from './commentAnchor';
import { CaseImportSchema } from './packageCase';
import { ReviewEventSchema } from './packageFormat';
import { RecipientSchema } from './reviewEvent';
import { REVIEW_ACTIONS } from './reviewStates';
import { EventVerdictSchema } from './verdicts';

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
  /** Where `anchor` is, in words (「第 3 段」「表 1 第 2 行第 3 列」); absent with it. */
  place: z.string().optional(),
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
    /** 提交审核 to these reviewers, 审核通过 to this signer (from inbox.recipients); none: as on a PC without a server. */
    sentTo: z.array(RecipientSchema).min(1, '请至少选一位').max(100).optional(),
  })
  .strict();

/** A logged event with what this PC makes of it (已验证, 本机签名, 未验证…). */
export const LoggedEventSchema = ReviewEventSchema.extend({ verdict: EventVerdictSchema });
export type LoggedEvent = z.infer<typeof LoggedEventSchema>;

export const ReviewStatusSchema = z.object({
  /** The replay of the draft's counted events. */
  state: z.enum(REVIEW_STATES),
  log: z.array(LoggedEventSchema),
  /** Revisions from another line (another PC) that wait to be merged into the current one. */
  pendingMerges: z.array(RevisionSummarySchema),
  /** Those of them made on the signed revision's line after it was signed (签发后修改): never applied to the signed line. */
  afterSigning: z.array(Uuid).optional(),
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
  /** The replay of the draft's verified events once the package is in: never a state the package merely claims. */
  state: z.enum(REVIEW_STATES),
  /** Events the package carries that do not count here (未验证, 冲突, …), with whom they claim. */
  notCounted: z.array(
    z.object({ eventId: Uuid, action: z.enum(REVIEW_ACTIONS), actor: z.string(), actorUnit: z.string(), time: z.string(), verdict: EventVerdictSchema }),
  ),
  /** Why the package's text did not replace the current text here although it was newer: its signature did not verify. */
  heldBack: z.string().nullable(),
  /** The draft's case as the import found or made it; null when the package carries none. */
  case: CaseImportSchema.nullable(),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

export const WorkingBaseSchema = z.object({ revisionId: Uuid, seq: z.number().int().min(0) }).strict();

/** What the merge editor sets side by side: the current text, the other line, and where they parted. */
export const MergeSourcesSchema = z.object({
  local: z.object({ base: WorkingBaseSchema, content: LetterDocumentSchema, fields: FieldValuesSchema }),
  imported: z.object({ revision: RevisionSummarySchema, content: LetterDocumentSchema, fields: FieldValuesSchema }),
  /** The latest revision both lines descend from; null when they share none (thinned away). */
  ancestor: z.object({ content: LetterDocumentSchema, fields: FieldValuesSchema }).nullable(),
  /** The current line is signed off: a merge into it is refused until 撤回签发. */
  locked: z.boolean(),
});
export type MergeSources = z.infer<typeof MergeSourcesSchema>;
