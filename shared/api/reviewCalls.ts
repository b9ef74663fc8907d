import { z } from 'zod';
import { LetterDocumentSchema } from '../model/document';
import { Uuid } from '../model/draft';
import { FieldValuesSchema } from '../fields/fieldDefinition';
import { CommentAnchorSchema } from '../review/commentAnchor';
import { MAX_PACKAGE_BYTES } from '../review/packageFormat';
import {
  CommentBodySchema,
  CommentThreadSchema,
  ImportReportSchema,
  MergeSourcesSchema,
  ReviewStatusSchema,
  TransitionInputSchema,
  WorkingBaseSchema,
} from '../review/reviewSchemas';
import { UserInputSchema, UserSchema } from '../review/users';

const byDraft = z.object({ draftId: Uuid }).strict();

const MAX_PACKAGE_BASE64_CHARS = Math.ceil(MAX_PACKAGE_BYTES / 3) * 4;

/**
 * Review between people: a letter passes from drafter to reviewer and back, on one PC or carried between
 * PCs as a .dafu package, so the calls cover who is at the keyboard, comments, review states, merging a
 * reviewer's version, and packages.
 */
export const reviewCalls = {
  'users.current': { input: z.object({}).strict(), output: UserSchema.nullable() },
  'users.list': { input: z.object({}).strict(), output: z.array(UserSchema) },
  'users.set': { input: UserInputSchema, output: UserSchema },
  'comments.list': { input: byDraft, output: z.array(CommentThreadSchema) },
  'comments.add': { input: z.object({ draftId: Uuid, anchor: CommentAnchorSchema, body: CommentBodySchema }).strict(), output: CommentThreadSchema },
  'comments.reply': { input: z.object({ commentId: Uuid, body: CommentBodySchema }).strict(), output: CommentThreadSchema },
  'comments.resolve': { input: z.object({ commentId: Uuid, resolved: z.boolean() }).strict(), output: CommentThreadSchema },
  'review.status': { input: byDraft, output: ReviewStatusSchema },
  'review.transition': { input: TransitionInputSchema, output: ReviewStatusSchema },
  'review.mergeSources': { input: z.object({ draftId: Uuid, revisionId: Uuid }).strict(), output: MergeSourcesSchema },
  'review.merge': {
    input: z
      .object({
        draftId: Uuid,
        revisionId: Uuid,
        content: LetterDocumentSchema,
        fields: FieldValuesSchema,
        /** The working copy the merge was made against (from review.mergeSources); a newer one is not overwritten. */
        localBase: WorkingBaseSchema.optional(),
      })
      .strict(),
    output: ReviewStatusSchema,
  },
  'package.export': { input: byDraft, output: z.object({ fileName: z.string(), data: z.base64() }) },
  'package.import': {
    input: z
      .object({
        data: z
          .base64({ message: '文件内容传输有误，请重新选择文件。' })
          .min(1, '文件是空的，请重新选择草稿包。')
          .max(MAX_PACKAGE_BASE64_CHARS, '这个文件太大，不是答复函起草助手的草稿包。'),
        /** Names this read, so that uploads.stopRead can stop it while a large package is read. */
        requestId: Uuid.optional(),
      })
      .strict(),
    output: ImportReportSchema,
  },
} as const;
