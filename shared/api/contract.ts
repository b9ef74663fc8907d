import { z } from 'zod';
import { LetterDocumentSchema } from '../model/document';
import { BACKUP_NAME_PATTERN, BackupInfoSchema, StoreHealthSchema } from '../model/backup';
import { DraftSchema, DraftSummarySchema, RevisionSummarySchema, Uuid } from '../model/draft';
import { FieldDefinitionSchema, FieldValuesSchema } from '../fields/fieldDefinition';
import { TEMPLATE_KINDS } from '../templates/template';
import { caseCalls } from '../cases/caseCalls';
import { reviewCalls } from '../review/reviewCalls';
import { shellCalls } from './shellCalls';
import { docNumberCalls } from '../docNumbers/docNumberCalls';
import { retentionCalls } from '../retention/retentionCalls';
import { PrintSettingsSchema } from '../print/settings';
import { PrintPreferencesSchema } from '../print/preferences';
import { MAX_DOCX_BASE64_CHARS, MAX_DOCX_BYTES } from '../docx/docxLimits';
import { UploadTokenSchema, uploadCalls } from '../upload/uploadCalls';
import { BureauProfileSchema } from '../profile/bureauProfile';
import { IgnoredKeysSchema, ProofreadPreferencesSchema } from '../proofread/preferences';
import { WordListSchema } from '../proofread/wordList';

const noInput = z.object({}).strict();
const byDraft = z.object({ draftId: Uuid }).strict();
const docxBytes = z
  .base64({ message: '文件内容传输有误，请重新选择文件。' })
  .min(1, '文件是空的，请重新选择。')
  .max(MAX_DOCX_BASE64_CHARS, `文件超过 ${MAX_DOCX_BYTES / 1024 / 1024} MB，请压缩图片或删去扫描件后另存再导入。`);
/** A .docx comes as base64 in the call (small files, the CLI) or as a finished upload's token (see uploads.*). */
const docxSource = {
  fileName: z.string().min(1).max(500),
  data: docxBytes.optional(),
  upload: UploadTokenSchema.optional(),
};
const oneSource = [(input: { data?: string; upload?: string }) => (input.data === undefined) !== (input.upload === undefined), { message: '请选择要导入的文件。' }] as const;

const TemplateSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(TEMPLATE_KINDS),
  description: z.string(),
  fields: z.array(FieldDefinitionSchema),
  /** Built in with the app, or saved by the clerk from a draft. */
  origin: z.enum(['builtin', 'own']),
  hidden: z.boolean(),
  preview: z.array(z.string()),
});

const templateMeta = { name: z.string().trim().min(1, '请给模板起个名字').max(40, '模板名称最多 40 个字'), description: z.string().trim().max(200) };

const SaveResultSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('saved'),
    savedAt: z.string(),
    base: z.object({ revisionId: Uuid, seq: z.number().int() }),
  }),
  z.object({ status: z.literal('diverged'), revisionId: Uuid }),
]);

/**
 * Every call the renderer can make. Preload, IPC binding, loopback host and renderer client are
 * derived from this table; adding a call is one entry here plus its handler.
 */
export const contract = {
  'templates.list': { input: noInput, output: z.array(TemplateSummarySchema) },
  'templates.saveFromDraft': { input: z.object({ draftId: Uuid, ...templateMeta }).strict(), output: TemplateSummarySchema },
  'templates.update': { input: z.object({ templateId: z.string().max(100), ...templateMeta }).strict(), output: TemplateSummarySchema },
  'templates.delete': { input: z.object({ templateId: z.string().max(100) }).strict(), output: z.object({}) },
  'templates.setHidden': { input: z.object({ templateId: z.string().max(100), hidden: z.boolean() }).strict(), output: z.object({}) },
  'drafts.list': { input: noInput, output: z.array(DraftSummarySchema) },
  'drafts.create': {
    input: z.object({ templateId: z.string().min(1).max(100) }).strict(),
    output: DraftSchema,
  },
  'drafts.get': { input: byDraft, output: DraftSchema },
  'drafts.import': {
    input: z.object({ fileName: z.string().min(1).max(500), text: z.string().max(2_000_000) }).strict(),
    output: DraftSchema.extend({ warnings: z.array(z.string()) }),
  },
  'drafts.save': {
    input: z
      .object({
        draftId: Uuid,
        base: z.object({ revisionId: Uuid, seq: z.number().int().min(0) }).strict(),
        content: LetterDocumentSchema,
        fields: FieldValuesSchema,
      })
      .strict(),
    output: SaveResultSchema,
  },
  'drafts.close': { input: byDraft, output: z.object({ revisionId: Uuid.nullable() }) },
  'drafts.duplicate': { input: byDraft, output: DraftSchema },
  'drafts.rename': {
    input: z.object({ draftId: Uuid, name: z.string().max(100, '名称最多 100 个字') }).strict(),
    output: DraftSummarySchema,
  },
  'drafts.delete': { input: byDraft, output: z.object({}) },
  'drafts.trash': { input: noInput, output: z.array(DraftSummarySchema.extend({ deletedAt: z.string() })) },
  'drafts.undelete': { input: byDraft, output: z.object({}) },
  'drafts.purge': { input: z.object({ draftId: Uuid, confirm: z.literal(true) }).strict(), output: z.object({}) },
  'proofread.preferences': { input: noInput, output: ProofreadPreferencesSchema },
  'proofread.savePreferences': { input: ProofreadPreferencesSchema, output: z.object({}) },
  'proofread.ignored': { input: byDraft, output: IgnoredKeysSchema },
  'proofread.saveIgnored': { input: z.object({ draftId: Uuid, keys: IgnoredKeysSchema }).strict(), output: z.object({}) },
  'wordList.get': { input: noInput, output: WordListSchema },
  'wordList.save': { input: z.object({ entries: WordListSchema }).strict(), output: WordListSchema },
  'profile.get': { input: noInput, output: BureauProfileSchema },
  'profile.save': { input: BureauProfileSchema, output: BureauProfileSchema },
  'profile.export': { input: noInput, output: z.object({ fileName: z.string(), text: z.string() }) },
  'profile.import': { input: z.object({ text: z.string().max(100_000, '文件太大，不是单位信息文件。') }).strict(), output: BureauProfileSchema },
  'revisions.list': { input: byDraft, output: z.array(RevisionSummarySchema) },
  'revisions.checkpoint': {
    input: z.object({ draftId: Uuid, note: z.string().max(500).optional() }).strict(),
    output: RevisionSummarySchema,
  },
  'revisions.get': {
    input: z.object({ revisionId: Uuid }).strict(),
    output: z.object({ revision: RevisionSummarySchema, content: LetterDocumentSchema, fields: FieldValuesSchema }),
  },
  'revisions.restore': {
    input: z.object({ draftId: Uuid, revisionId: Uuid }).strict(),
    output: RevisionSummarySchema,
  },
  // The store itself: whether it opened sound, its backups, and restoring one (issue 6).
  'store.health': { input: noInput, output: StoreHealthSchema },
  'backups.list': { input: noInput, output: z.array(BackupInfoSchema) },
  'backups.create': { input: noInput, output: BackupInfoSchema },
  'backups.restore': {
    input: z.object({ name: z.string().max(100).regex(BACKUP_NAME_PATTERN, '备份文件名不对') }).strict(),
    output: z.object({ savedCurrent: BackupInfoSchema.nullable() }),
  },
  'print.render': {
    input: z.object({ draftId: Uuid, settings: PrintSettingsSchema.optional() }).strict(),
    output: z.object({ title: z.string(), css: z.string(), bodyHtml: z.string(), unfilled: z.array(z.string()), settings: PrintSettingsSchema }),
  },
  'print.preferences': { input: noInput, output: PrintPreferencesSchema },
  'print.savePreferences': { input: PrintPreferencesSchema, output: z.object({}) },
  // Word and WPS in and out (issue 9): .docx bytes travel as base64.
  'drafts.importDocx': {
    input: z
      .object(docxSource)
      .strict()
      .refine(...oneSource),
    output: DraftSchema.extend({ warnings: z.array(z.string()) }),
  },
  'revisions.importDocx': {
    input: z
      .object({ draftId: Uuid, ...docxSource })
      .strict()
      .refine(...oneSource),
    output: z.object({ revision: RevisionSummarySchema, warnings: z.array(z.string()) }),
  },
  'drafts.exportDocx': { input: byDraft, output: z.object({ fileName: z.string(), data: z.base64() }) },
  'drafts.exportText': { input: byDraft, output: z.object({ fileName: z.string(), text: z.string() }) },
  // The case desk and search (issue 10).
  ...caseCalls,
  // Review between people and packages between PCs (issue 11).
  ...reviewCalls,
  // Large files in pieces (issue 9): .docx imports now, any file import later.
  ...uploadCalls,
  // 发文字号 from the bureau's series and its register (issue 4).
  ...docNumberCalls,
  // 版本精简: thinning automatic revisions by the clerk's policy (issue 5).
  ...retentionCalls,
  // Printing, PDF and the application menu, answered in full by the desktop shell.
  ...shellCalls,
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<N extends CallName> = z.infer<Contract[N]['input']>;
export type CallOutput<N extends CallName> = z.infer<Contract[N]['output']>;
export type Handlers = { [N in CallName]: (input: CallInput<N>) => CallOutput<N> | Promise<CallOutput<N>> };
export type TemplateSummary = z.infer<typeof TemplateSummarySchema>;
export type SaveResult = z.infer<typeof SaveResultSchema>;

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
