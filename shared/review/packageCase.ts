import { z } from 'zod';
import { CaseFactsSchema, ExtensionSchema, SATISFACTIONS, STORED_CASE_STATUSES } from '../cases/caseModel';
import { Uuid } from '../model/draft';
import { PACKAGE_LIMITS } from './packageLimits';

/** The case a draft belongs to, as a package carries it: the facts the case owns, its deadline extensions, status and 满意度. */
export const PackageCaseSchema = z.object({
  id: Uuid,
  facts: CaseFactsSchema,
  status: z.enum(STORED_CASE_STATUSES),
  satisfaction: z.enum(SATISFACTIONS).nullable(),
  extensions: z.array(ExtensionSchema).max(PACKAGE_LIMITS.caseExtensions),
  createdAt: z.string().min(1).max(40),
  updatedAt: z.string().min(1).max(40),
});
export type PackageCase = z.infer<typeof PackageCaseSchema>;

/** What an import did with the package's case; a case already here keeps its own facts and lists where they differ. */
export const CaseImportSchema = z.object({
  caseId: Uuid,
  number: z.string(),
  title: z.string(),
  created: z.boolean(),
  /** True when the draft was joined to the case by this import. */
  linked: z.boolean(),
  extensionsAdded: z.number().int(),
  differences: z.array(z.object({ label: z.string(), local: z.string(), imported: z.string() })),
});
export type CaseImport = z.infer<typeof CaseImportSchema>;

/** One line for the import summary about the case, or none when nothing is worth saying. */
export function describeCaseImport(result: CaseImport): string[] {
  const name = `${result.number}${result.number.endsWith('号') ? '' : '号'}「${result.title}」`;
  const lines: string[] = [];
  if (result.created) lines.push(`本机原来没有案件${name}，已按草稿包新建，草稿已归入这件案件。`);
  else if (result.linked) lines.push(`草稿已归入本机已有的案件${name}。`);
  if (result.extensionsAdded > 0) lines.push(`案件新增延期记录 ${result.extensionsAdded} 条。`);
  if (result.differences.length > 0) {
    const listed = result.differences.map((difference) => `${difference.label}：本机「${difference.local}」，草稿包「${difference.imported}」`).join('；');
    lines.push(`案件${name}的信息与草稿包中的不同，已保留本机的（${listed}）。如需采用草稿包中的，请在案件台账中修改。`);
  }
  return lines;
}
