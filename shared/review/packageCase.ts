import { z } from 'zod';
import { CASE_KIND_LABELS, CASE_ROLE_LABELS, CaseFactsSchema, CASE_STATUS_LABELS, ExtensionSchema, SATISFACTIONS, STORED_CASE_STATUSES, type CaseFacts, type Extension } from '../cases/caseModel';
import { IMPORT_COLUMN_LABELS } from '../cases/importColumns';
import { Uuid } from '../model/draft';

/** The case a draft belongs to, as a package carries it: the facts the case owns, its deadline extensions, status and 满意度. */
export const PackageCaseSchema = z.object({
  id: Uuid,
  facts: CaseFactsSchema,
  status: z.enum(STORED_CASE_STATUSES),
  satisfaction: z.enum(SATISFACTIONS).nullable(),
  extensions: z.array(ExtensionSchema),
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

const FACT_LABELS: Record<keyof CaseFacts, string> = {
  ...IMPORT_COLUMN_LABELS,
  replyType: '答复类型',
  disclosure: '公开属性',
  docNumber: '发文字号',
  signer: '签发人',
};

const SHOWN_CHARS = 40;

function shown(key: keyof CaseFacts, facts: CaseFacts): string {
  if (key === 'kind') return CASE_KIND_LABELS[facts.kind];
  if (key === 'role') return CASE_ROLE_LABELS[facts.role];
  const text = Array.from(facts[key] ?? '');
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS).join('')}…` : text.join('');
}

export type CaseState = Pick<PackageCase, 'facts' | 'status' | 'satisfaction'>;

/** The facts, status and 满意度 on which this PC's case and the package's disagree, in words for the import summary. */
export function caseDifferences(local: CaseState, imported: CaseState): CaseImport['differences'] {
  const facts = (Object.keys(FACT_LABELS) as (keyof CaseFacts)[])
    .filter((key) => (local.facts[key] ?? '') !== (imported.facts[key] ?? ''))
    .map((key) => ({ label: FACT_LABELS[key], local: shown(key, local.facts), imported: shown(key, imported.facts) }));
  const status = local.status === imported.status ? [] : [{ label: '办理状态', local: CASE_STATUS_LABELS[local.status], imported: CASE_STATUS_LABELS[imported.status] }];
  const satisfaction =
    local.satisfaction === imported.satisfaction ? [] : [{ label: '满意度', local: local.satisfaction ?? '未填', imported: imported.satisfaction ?? '未填' }];
  return [...facts, ...status, ...satisfaction];
}

const extensionKey = (extension: Extension) => `${extension.dueOn}|${extension.approvedOn}|${extension.reason}`;

/** The package's extensions this PC lacks: an approved extension is a record, added like a review event. */
export function missingExtensions(local: readonly Extension[], imported: readonly Extension[]): Extension[] {
  const known = new Set(local.map(extensionKey));
  return imported.filter((extension) => !known.has(extensionKey(extension)));
}

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
