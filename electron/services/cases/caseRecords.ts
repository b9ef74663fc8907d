import { ApiError } from '../../../shared/api/errors';
import { localDate } from '../../../shared/cases/calendar';
import type { CaseDetail, CaseFacts, CaseSummary, Extension, Satisfaction, StoredCaseStatus } from '../../../shared/cases/caseModel';
import { deadlineState, effectiveDueOn } from '../../../shared/cases/deadline';
import { deriveCaseStatus, isAnswered } from '../../../shared/cases/status';
import { caseAnswer, draftPurpose, type CaseAnswer, type CaseDraftState } from '../../../shared/cases/caseAnswer';
import type { ReviewState } from '../../../shared/model/draft';
import type { Db } from '../../db/open';
import { provenRow, provenRows } from '../../db/rowSums/provenRows';
import { soundSql } from '../../db/rowSums/rowSums';
import { draftField, extendedDueOn, filterWhere } from '../../db/listFilterSql';
import type { ListFilter } from '../../../shared/search/listFilter';

export interface CaseRow {
  id: string;
  kind: CaseFacts['kind'];
  session: string;
  number: string;
  title: string;
  proposer: string;
  /** The 附议 proposers, a JSON array of names. */
  co_proposers: string;
  role: CaseFacts['role'];
  assigned_on: string | null;
  due_on: string | null;
  reply_type: string | null;
  disclosure: string | null;
  doc_number: string | null;
  signer: string | null;
  handler: string | null;
  handler_phone: string | null;
  lead_unit: string;
  other_units: string;
  proposal_text: string;
  status: StoredCaseStatus;
  satisfaction: Satisfaction | null;
  answer_draft_id: string | null;
  created_at: string;
  updated_at: string;
}

/** The case's latest extension, read with it so the desk needs one query for its cases. */
interface DeskRow extends Pick<
  CaseRow,
  | 'id'
  | 'kind'
  | 'session'
  | 'number'
  | 'title'
  | 'proposer'
  | 'co_proposers'
  | 'role'
  | 'assigned_on'
  | 'due_on'
  | 'status'
  | 'satisfaction'
  | 'answer_draft_id'
  | 'created_at'
  | 'updated_at'
> {
  extended_due_on: string | null;
  /** 1 when the case's row and all its extensions match their checksums. */
  sound: number;
}

// Everything but the proposal's own text, which can run to pages and the desk never shows; the
// checksums are proven in SQL, so that text is read only by the digest.
const deskSelect = (db: Db) => `
  SELECT c.id, c.kind, c.session, c.number, c.title, c.proposer, c.co_proposers, c.role, c.assigned_on, c.due_on, c.status, c.satisfaction,
    c.answer_draft_id, c.created_at, c.updated_at,
    ${extendedDueOn('c')} AS extended_due_on,
    ${soundSql(db, 'cases', 'c')} AND NOT EXISTS (SELECT 1 FROM case_extensions AS e WHERE e.case_id = c.id AND NOT ${soundSql(db, 'case_extensions', 'e')}) AS sound
  FROM cases AS c`;

/** Desk rows proven: a damaged case (or extension) refuses the read, naming what is damaged. */
function provenDesk(db: Db, rows: DeskRow[]): DeskRow[] {
  for (const row of rows) {
    if (row.sound) continue;
    loadCaseRow(db, row.id);
    loadExtensions(db, row.id);
  }
  return rows;
}

/** Whether a template is an opinion template (协办意见函): its drafts are opinions even in a 主办 case. */
export type IsOpinionTemplate = (templateId: string | null) => boolean;

interface LiveDraft {
  id: string;
  caseId: string;
  title: string;
  templateId: string | null;
  reviewState: ReviewState;
  updatedAt: string;
  createdAt: string;
}

type CaseDraft = LiveDraft & CaseDraftState;

/** The live drafts of one case, or of every case (the desk), oldest first, each with its purpose. */
function caseDrafts(db: Db, roles: ReadonlyMap<string, CaseRow['role']>, isOpinion: IsOpinionTemplate, caseId?: string): Map<string, CaseDraft[]> {
  const rows = db
    .prepare(
      `SELECT id, case_id AS caseId, coalesce(name, title) AS title, template_id AS templateId, review_state AS reviewState,
         updated_at AS updatedAt, created_at AS createdAt
       FROM drafts WHERE case_id ${caseId === undefined ? 'IS NOT NULL' : '= @caseId'} AND deleted_at IS NULL ORDER BY created_at`,
    )
    .all(caseId === undefined ? {} : { caseId }) as LiveDraft[];
  const byCase = new Map<string, CaseDraft[]>();
  for (const row of rows) {
    const role = roles.get(row.caseId);
    if (!role) continue;
    byCase.set(row.caseId, [...(byCase.get(row.caseId) ?? []), { ...row, purpose: draftPurpose(role, isOpinion(row.templateId)) }]);
  }
  return byCase;
}

export function toFacts(row: CaseRow): CaseFacts {
  return {
    kind: row.kind,
    session: row.session,
    number: row.number,
    title: row.title,
    proposer: row.proposer,
    coProposers: JSON.parse(row.co_proposers) as string[],
    role: row.role,
    assignedOn: row.assigned_on,
    dueOn: row.due_on,
    replyType: row.reply_type ?? '',
    disclosure: row.disclosure ?? '',
    docNumber: row.doc_number ?? '',
    signer: row.signer ?? '',
    handler: row.handler ?? '',
    handlerPhone: row.handler_phone ?? '',
    leadUnit: row.lead_unit,
    otherUnits: row.other_units,
    proposalText: row.proposal_text,
  };
}

function toSummary(row: DeskRow, today: string, answer: CaseAnswer<CaseDraft> | undefined): CaseSummary {
  const status = deriveCaseStatus(row.status, answer?.draft);
  const dueOn = row.extended_due_on ?? row.due_on;
  const { daysLeft, overdue } = deadlineState(dueOn, today, isAnswered(status));
  return {
    id: row.id,
    kind: row.kind,
    session: row.session,
    number: row.number,
    title: row.title,
    proposer: row.proposer,
    coProposers: JSON.parse(row.co_proposers) as string[],
    role: row.role,
    assignedOn: row.assigned_on,
    dueOn,
    status,
    storedStatus: row.status,
    satisfaction: row.satisfaction,
    overdue,
    daysLeft,
    updatedAt: row.updated_at,
    answer: answer
      ? {
          id: answer.draft.id,
          title: answer.draft.title,
          purpose: answer.draft.purpose,
          reviewState: answer.draft.reviewState,
          chosen: answer.chosen,
          candidates: answer.candidates,
        }
      : null,
  };
}

/** The desk order: earliest deadline first, cases without one last. */
export function listCases(db: Db, now: Date, isOpinion: IsOpinionTemplate, filter: ListFilter = {}): CaseSummary[] {
  const today = localDate(now);
  const where = filterWhere(filter, CASE_FILTER_COLUMNS);
  const rows = provenDesk(
    db,
    db
      .prepare(`${deskSelect(db)} WHERE ${where.sql} ORDER BY coalesce(extended_due_on, c.due_on) IS NULL, coalesce(extended_due_on, c.due_on), c.number`)
      .all(...where.params) as DeskRow[],
  );
  const drafts = caseDrafts(db, new Map(rows.map((row) => [row.id, row.role])), isOpinion);
  const summaries = rows.map((row) => toSummary(row, today, caseAnswer(row.role, drafts.get(row.id) ?? [], row.answer_draft_id)));
  const states: readonly string[] = filter.reviewStates ?? [];
  // A case's review state is its answering draft's, which is chosen here rather than stored.
  return states.length > 0 ? summaries.filter((summary) => summary.answer && states.includes(summary.answer.reviewState)) : summaries;
}

/** A case's 成文日期 is the latest one among its live drafts; its 办理期限 is the one in force. */
const CASE_FILTER_COLUMNS = {
  signedOn: `(SELECT max(date(${draftField('d', 'signedOn')})) FROM drafts AS d WHERE d.case_id = c.id AND d.deleted_at IS NULL)`,
  dueOn: `coalesce(${extendedDueOn('c')}, c.due_on)`,
  replyType: 'c.reply_type',
};

export function loadCaseRow(db: Db, id: string): CaseRow {
  const row = provenRow(db, 'cases', db.prepare('SELECT * FROM cases WHERE id = ?').get(id) as CaseRow | undefined);
  if (!row) throw new ApiError('not_found', '找不到这件提案或建议，可能已被删除。请回到案件台账重新选择。');
  return row;
}

/** The case a draft belongs to; null for a draft without one, or no such draft. */
export const draftCaseId = (db: Db, draftId: string) =>
  (db.prepare('SELECT case_id FROM drafts WHERE id = ?').pluck().get(draftId) as string | null | undefined) ?? null;

export function loadExtensions(db: Db, caseId: string): Extension[] {
  const rows = db.prepare('SELECT * FROM case_extensions WHERE case_id = ? ORDER BY approved_on, id').all(caseId) as {
    due_on: string;
    approved_on: string;
    reason: string;
  }[];
  return provenRows(db, 'case_extensions', rows).map((row) => ({ dueOn: row.due_on, approvedOn: row.approved_on, reason: row.reason }));
}

export function loadCaseDetail(db: Db, id: string, now: Date, isOpinion: IsOpinionTemplate): CaseDetail {
  const row = db.prepare(`${deskSelect(db)} WHERE c.id = ?`).get(id) as DeskRow | undefined;
  if (!row) loadCaseRow(db, id);
  else provenDesk(db, [row]);
  const extensions = loadExtensions(db, id);
  const drafts = caseDrafts(db, new Map([[id, row!.role]]), isOpinion, id).get(id) ?? [];
  const answer = caseAnswer(row!.role, drafts, row!.answer_draft_id);
  const summary = toSummary(row!, localDate(now), answer);
  return {
    ...summary,
    dueOn: effectiveDueOn(row!.due_on, extensions),
    facts: toFacts(loadCaseRow(db, id)),
    extensions,
    drafts: drafts.map(({ id: draftId, title, templateId, reviewState, updatedAt, purpose }) => ({
      id: draftId,
      title,
      templateId,
      reviewState,
      updatedAt,
      purpose,
      answers: draftId === answer?.draft.id,
    })),
    createdAt: row!.created_at,
  };
}
