import { z } from 'zod';
import { Uuid } from '../model/draft';
import { IgnoredKeysSchema, ProofreadPreferencesSchema } from '../proofread/preferences';
import { WordListSchema } from '../proofread/wordList';
import { BureauListsSchema } from '../proofread/lists/bureauLists';
import { FalseReportSchema, FalseReportsSchema, ReportRowSchema } from '../proofread/reports';
import { DecidedFindingsSchema } from '../proofread/decisions';

const noInput = z.object({}).strict();
const savedSheet = z.object({ fileName: z.string(), base64: z.string() });
const sheetFile = z.object({ fileName: z.string().max(255), base64: z.string().max(14_000_000, '文件太大，不是词表。') }).strict();

/**
 * What the proofreader remembers: which rules are on (for every letter), the findings the clerk chose
 * to ignore (per draft), and the 词表 of official names it checks names against.
 */
export const proofreadCalls = {
  'proofread.preferences': { input: noInput, output: ProofreadPreferencesSchema },
  'proofread.savePreferences': { input: ProofreadPreferencesSchema, output: z.object({}) },
  'proofread.ignored': { input: z.object({ draftId: Uuid }).strict(), output: IgnoredKeysSchema },
  'proofread.saveIgnored': { input: z.object({ draftId: Uuid, keys: IgnoredKeysSchema }).strict(), output: z.object({}) },
  'wordList.get': { input: noInput, output: WordListSchema },
  'wordList.save': { input: z.object({ entries: WordListSchema }).strict(), output: WordListSchema },
  // The bureau's own 易混淆词 and 规范表述 rows; a sheet comes and goes as .xlsx (base64).
  'bureauLists.get': { input: noInput, output: BureauListsSchema },
  'bureauLists.save': { input: z.object({ lists: BureauListsSchema }).strict(), output: BureauListsSchema },
  'bureauLists.importSheet': { input: sheetFile, output: z.object({ lists: BureauListsSchema, refused: z.array(z.string()) }) },
  'bureauLists.exportSheet': { input: noInput, output: savedSheet },
  // 「报告误报」: findings the clerks said are wrong, kept for the office to export and fold into the lists.
  'proofread.reportFalse': { input: FalseReportSchema, output: z.object({ count: z.number() }) },
  'proofread.falseReports': { input: noInput, output: FalseReportsSchema },
  'proofread.exportFalseReports': { input: noInput, output: savedSheet },
  // What the clerk decided on a draft's findings (已采纳, 已忽略, 报告误报), kept with the draft for its 校对报告.
  'proofread.decisions': { input: z.object({ draftId: Uuid }).strict(), output: DecidedFindingsSchema },
  'proofread.addDecisions': { input: z.object({ draftId: Uuid, decisions: DecidedFindingsSchema.max(500) }).strict(), output: z.object({}) },
  'proofread.exportReport': { input: z.object({ rows: z.array(ReportRowSchema).max(20_000) }).strict(), output: savedSheet },
} as const;
