import { z } from 'zod';
import { REVIEW_STATES, REVIEW_STATE_LABELS, Uuid } from '../model/draft';
import { DRAFT_PURPOSES } from './caseAnswer';
import { CASE_ROLES } from './caseRole';

export const CASE_KINDS = ['zhengxie', 'renda'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];
export const CASE_KIND_LABELS: Record<CaseKind, string> = { zhengxie: '政协提案', renda: '人大建议' };

export { CASE_ROLES, CASE_ROLE_LABELS, type CaseRole } from './caseRole';

/** Set on the case by the clerk; every other status is read off the case's draft. */
export const STORED_CASE_STATUSES = ['pending', 'replied', 'closed'] as const;
export type StoredCaseStatus = (typeof STORED_CASE_STATUSES)[number];

export const CASE_STATUSES = ['pending', ...REVIEW_STATES, 'replied', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_STATUS_LABELS: Record<CaseStatus, string> = { pending: '待办', ...REVIEW_STATE_LABELS, replied: '已答复', closed: '已办结' };

export const SATISFACTIONS = ['满意', '基本满意', '不满意'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应写成 2024-03-15 的样子');

const text = (max: number) => z.string().trim().max(max, `最多 ${max} 个字`);
const required = (label: string, max: number) => z.string().trim().min(1, `请填写${label}`).max(max, `${label}最多 ${max} 个字`);

/** The facts a case owns (domain model): what the clerk edits and what an import supplies. */
export const CaseFactsSchema = z
  .object({
    kind: z.enum(CASE_KINDS, { message: '类别只能是政协提案或人大建议' }),
    session: required('届次/会议', 100),
    number: required('编号', 40),
    title: required('标题', 300),
    /** The 领衔 proposer (the only one, for most cases). */
    proposer: required('提案者或代表', 200),
    /** The 附议 proposers in the order the list gives them; cases and payloads from before have none. */
    coProposers: z.array(z.string().trim().min(1, '附议人不能是空的').max(200, '附议人最多 200 个字')).max(500, '附议人最多 500 位').default([]),
    role: z.enum(CASE_ROLES, { message: '承办方式只能是主办、协办或会办' }),
    assignedOn: IsoDate.nullable(),
    dueOn: IsoDate.nullable(),
    replyType: text(10),
    disclosure: text(20),
    docNumber: text(60),
    signer: text(40),
    handler: text(40),
    handlerPhone: text(40),
    leadUnit: text(100),
    otherUnits: text(500),
    proposalText: z.string().max(200_000, '提案原文最多 20 万字'),
  })
  .strict();
export type CaseFacts = z.infer<typeof CaseFactsSchema>;

export const ExtensionSchema = z.object({ dueOn: IsoDate, approvedOn: IsoDate, reason: z.string() });
export type Extension = z.infer<typeof ExtensionSchema>;

export const CaseDraftLinkSchema = z.object({
  id: Uuid,
  title: z.string(),
  templateId: z.string().nullable(),
  reviewState: z.enum(REVIEW_STATES),
  updatedAt: z.string(),
  /** 答复函 or 协办意见 (caseAnswer.ts). */
  purpose: z.enum(DRAFT_PURPOSES),
  /** The draft that answers the case: chosen as 正式答复/正式意见, or else the latest candidate. */
  answers: z.boolean(),
});

/** The draft that answers a case, as the desk shows it. */
export const CaseAnswerLinkSchema = z.object({
  id: Uuid,
  title: z.string(),
  purpose: z.enum(DRAFT_PURPOSES),
  reviewState: z.enum(REVIEW_STATES),
  /** The clerk chose it as 正式答复/正式意见 (rather than it being the only or latest candidate). */
  chosen: z.boolean(),
  /** How many live drafts could answer the case. */
  candidates: z.number().int(),
});

export const CaseSummarySchema = z.object({
  id: Uuid,
  kind: z.enum(CASE_KINDS),
  session: z.string(),
  number: z.string(),
  title: z.string(),
  proposer: z.string(),
  /** The 附议 proposers, in the order the list gave them. */
  coProposers: z.array(z.string()),
  role: z.enum(CASE_ROLES),
  assignedOn: IsoDate.nullable(),
  /** The deadline in force: the last approved extension, else the one assigned. */
  dueOn: IsoDate.nullable(),
  status: z.enum(CASE_STATUSES),
  storedStatus: z.enum(STORED_CASE_STATUSES),
  satisfaction: z.enum(SATISFACTIONS).nullable(),
  overdue: z.boolean(),
  /** Calendar days until the deadline (negative when past), null without a deadline. */
  daysLeft: z.number().int().nullable(),
  updatedAt: z.string(),
  answer: CaseAnswerLinkSchema.nullable(),
});
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

export const CaseDetailSchema = CaseSummarySchema.extend({
  facts: CaseFactsSchema,
  extensions: z.array(ExtensionSchema),
  drafts: z.array(CaseDraftLinkSchema),
  createdAt: z.string(),
});
export type CaseDetail = z.infer<typeof CaseDetailSchema>;
