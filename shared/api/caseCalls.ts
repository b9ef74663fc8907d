import { z } from 'zod';
import { Uuid } from '../model/draft';
import { CASE_KINDS, CaseDetailSchema, CaseFactsSchema, CaseSummarySchema, IsoDate, SATISFACTIONS, STORED_CASE_STATUSES } from '../cases/caseModel';
import { CaseLogEntrySchema } from '../merge/caseLog';
import { IMPORT_COLUMNS } from '../cases/importColumns';
import { ListFilterSchema } from '../search/listFilter';

/**
 * The case desk (the register of proposals and suggestions the bureau must answer, imported from a
 * 交办清单 and tracked to their deadlines) and one search over cases and drafts.
 */
const byCase = z.object({ caseId: Uuid }).strict();

const FactsDeliverySchema = z.object({
  updated: z.array(Uuid),
  refused: z.array(z.object({ id: Uuid, title: z.string() })),
});

const ImportSourceSchema = z
  .object({
    fileName: z.string().min(1).max(500),
    /** The file's bytes (.xlsx or .csv), base64. */
    base64: z.string().max(40_000_000, '文件太大，请拆分后再导入').optional(),
    /** Or the cells already read, the header row among the first rows. */
    rows: z
      .array(z.array(z.string().max(200_000)).max(200))
      .max(20_000)
      .optional(),
    mapping: z.array(z.enum(IMPORT_COLUMNS).nullable()).max(200).optional(),
    defaults: z
      .object({ kind: z.enum(CASE_KINDS).optional(), session: z.string().trim().max(100).optional() })
      .strict()
      .optional(),
    /** Names this read, so that uploads.stopRead can stop it while a large list is read. */
    requestId: Uuid.optional(),
  })
  .strict()
  .refine((input) => (input.base64 === undefined) !== (input.rows === undefined), { message: '请给出文件内容或表格行中的一种' });

const RowProblemSchema = z.object({ row: z.number().int(), reasons: z.array(z.string()) });
const DuplicateSchema = z.object({ row: z.number().int(), number: z.string(), title: z.string(), inFile: z.boolean() });

const ImportPreviewSchema = z.object({
  headers: z.array(z.string()),
  headerRow: z.number().int(),
  mapping: z.array(z.enum(IMPORT_COLUMNS).nullable()),
  missingColumns: z.array(z.enum(IMPORT_COLUMNS)),
  accepted: z.array(z.object({ row: z.number().int(), facts: CaseFactsSchema })),
  duplicates: z.array(DuplicateSchema),
  rejected: z.array(RowProblemSchema),
});

const SearchHitSchema = z.object({
  type: z.enum(['case', 'draft']),
  id: Uuid,
  title: z.string(),
  snippet: z.string(),
  /** The match inside `snippet` (UTF-16 units) for highlighting; null when only the title matched. */
  match: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const caseCalls = {
  'cases.list': { input: ListFilterSchema, output: z.array(CaseSummarySchema) },
  'cases.get': { input: byCase, output: CaseDetailSchema },
  'cases.save': {
    input: z
      .object({
        /** Absent: a new case. */
        caseId: Uuid.optional(),
        facts: CaseFactsSchema,
        status: z.enum(STORED_CASE_STATUSES).optional(),
        satisfaction: z.enum(SATISFACTIONS).nullable().optional(),
      })
      .strict(),
    output: z.object({ case: CaseDetailSchema, drafts: FactsDeliverySchema }),
  },
  'cases.extend': {
    input: z.object({ caseId: Uuid, dueOn: IsoDate, approvedOn: IsoDate, reason: z.string().trim().max(500) }).strict(),
    output: CaseDetailSchema,
  },
  'cases.importPreview': { input: ImportSourceSchema, output: ImportPreviewSchema },
  'cases.import': {
    input: ImportSourceSchema,
    output: z.object({ imported: z.array(Uuid), duplicates: z.array(DuplicateSchema), rejected: z.array(RowProblemSchema) }),
  },
  /** Stops a preview or import still reading its list; `cancelled` is false when it had already finished. */
  'cases.createReply': {
    input: z.object({ caseId: Uuid, templateId: z.string().min(1).max(100).optional() }).strict(),
    output: z.object({ draftId: Uuid }),
  },
  /** Which of the case's drafts is its 正式答复 (正式意见 when the bureau is 协办/会办). */
  'cases.chooseAnswer': { input: z.object({ caseId: Uuid, draftId: Uuid }).strict(), output: CaseDetailSchema },
  /**
   * What the proofreader reads from the draft's case: everyone it names as proposing it (领衔 first; the 称谓
   * check counts them) and its registered number; empty and null for a draft without a case.
   */
  'cases.ofDraft': {
    input: z.object({ draftId: Uuid }).strict(),
    output: z.object({ proposers: z.array(z.string()), number: z.string().nullable() }),
  },
  /** The case's 修改记录: every change of its facts, from every PC, newest first. */
  'cases.log': { input: byCase, output: z.array(CaseLogEntrySchema) },
  'cases.exportRegister': { input: z.object({}).strict(), output: z.object({ fileName: z.string(), base64: z.string() }) },
  'search.query': {
    input: z
      .object({
        query: z.string().trim().min(1, '请输入要查找的字词').max(100, '查找的字词最多 100 个字'),
        limit: z.number().int().min(1).max(200).optional(),
        /** Bring the index fully up to date first (one-shot callers such as the CLI); the window never waits. */
        waitForIndex: z.boolean().optional(),
      })
      .strict(),
    output: z.object({
      total: z.number().int(),
      hits: z.array(SearchHitSchema),
      /** The index is still catching up with a bulk change: some hits may be missing for now. */
      incomplete: z.boolean(),
    }),
  },
} as const;
