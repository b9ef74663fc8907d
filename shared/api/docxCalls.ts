import { z } from 'zod';
import { DraftSchema, RevisionSummarySchema, Uuid } from '../model/draft';
import { MAX_DOCX_BASE64_CHARS, MAX_DOCX_BYTES } from './docxLimits';
import { UploadTokenSchema } from './uploadCalls';
import { PrintSettingsSchema } from '../print/settings';

const byDraft = z.object({ draftId: Uuid }).strict();

/** JSON carries no bytes, so a .docx travels as base64. */
const docxBytes = z
  .base64({ message: '文件内容传输有误，请重新选择文件。' })
  .min(1, '文件是空的，请重新选择。')
  .max(MAX_DOCX_BASE64_CHARS, `文件超过 ${MAX_DOCX_BYTES / 1024 / 1024} MB，请压缩图片或删去扫描件后另存再导入。`);
/** A .docx comes as base64 in the call (small files, the CLI) or as a finished upload's token (see uploads.*). */
const docxSource = {
  fileName: z.string().min(1).max(500),
  data: docxBytes.optional(),
  upload: UploadTokenSchema.optional(),
  /** Names this read, so that uploads.stopRead can stop it while a large file is read. */
  requestId: Uuid.optional(),
};
const oneSource = [
  (input: { data?: string; upload?: string }) => (input.data === undefined) !== (input.upload === undefined),
  { message: '请选择要导入的文件。' },
] as const;

/**
 * Letters in and out of Word and WPS: a .docx read as a new draft or as a new revision of one (导入修改稿),
 * and a letter written out as .docx or as plain text.
 */
export const docxCalls = {
  /**
   * `tracked: 'review'` takes none of the file's 修订: the draft starts from the text with every 修订
   * rejected, and they wait beside it as a 待合并 line of suggestions (`suggestions` names it and the
   * reviewers) to accept all, reject all or settle one by one. Without it every 修订 is accepted, with a warning.
   */
  'drafts.importDocx': {
    input: z
      .object({ ...docxSource, tracked: z.enum(['accept', 'review']).optional() })
      .strict()
      .refine(...oneSource),
    output: DraftSchema.extend({
      warnings: z.array(z.string()),
      suggestions: z.object({ revisionId: Uuid, reviewers: z.array(z.string()) }).optional(),
    }),
  },
  'revisions.importDocx': {
    input: z
      .object({ draftId: Uuid, ...docxSource })
      .strict()
      .refine(...oneSource),
    output: z.object({ revision: RevisionSummarySchema, warnings: z.array(z.string()) }),
  },
  /** With print settings that ask for it, the 文件格式 版头 (份号, 密级, 紧急程度, 签发人) is written as page 1's header. */
  'drafts.exportDocx': {
    input: z.object({ draftId: Uuid, settings: PrintSettingsSchema.optional() }).strict(),
    output: z.object({ fileName: z.string(), data: z.base64() }),
  },
  'drafts.exportText': { input: byDraft, output: z.object({ fileName: z.string(), text: z.string() }) },
  /** 导出修订稿: revision `revisionId` (the text being edited when absent) with Word's 修订 marks against revision `against`. */
  'drafts.exportTrackedDocx': {
    input: z.object({ draftId: Uuid, against: Uuid, revisionId: Uuid.optional() }).strict(),
    output: z.object({ fileName: z.string(), data: z.base64(), changes: z.number().int() }),
  },
} as const;
