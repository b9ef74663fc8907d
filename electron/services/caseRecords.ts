import { ApiError } from '../../shared/api/errors';
import { localDate } from '../../shared/cases/calendar';
import type { CaseDetail, CaseFacts, CaseSummary, Extension, Satisfaction, StoredCaseStatus } from '../../shared/cases/caseModel';
import { deadlineState, effectiveDueOn } from '../../shared/cases/deadline';
import { deriveCaseStatus, isAnswered } from '../../shared/cases/status';
import type { ReviewState } from '../../shared/model/draft';
import type { Db } from '../db/open';

export interface CaseRow {
  id: string;
  kind: CaseFacts['kind'];
  session: string;
  number: string;
  title: string;
  proposer: string;
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
  created_at: string;
  updated_at: string;
}

/** The case's latest extension and latest live draft, read with it so the desk needs one query. */
interface DeskRow
  extends Pick<CaseRow, 'id' | 'kind' | 'session' | 'number' | 'title' | 'proposer' | 'role' | 'assigned_on' | 'due_on' | 'status' | 'satisfaction' | 'created_at' | 'updated_at'> {
  extended_due_on: string | null;
  draft_state: ReviewState | null;
  draft_updated_at: string | null;
}

// Everything but the proposal's own text, which can run to pages and the desk never shows.
const DESK_SELECT = `
  SELECT c.id, c.kind, c.session, c.number, c.title, c.proposer, c.role, c.assigned_on, c.due_on, c.status, c.satisfaction,
    c.created_at, c.updated_at,
    (SELECT e.due_on FROM case_extensions AS e WHERE e.case_id = c.id ORDER BY e.approved_on DESC, e.id DESC LIMIT 1) AS extended_due_on,
    (SELECT d.review_state FROM drafts AS d WHERE d.case_id = c.id AND d.deleted_at IS NULL ORDER BY d.updated_at DESC LIMIT 1) AS draft_state,
    (SELECT max(d.updated_at) FROM drafts AS d WHERE d.case_id = c.id AND d.deleted_at IS NULL) AS draft_updated_at
  FROM cases AS c`;

export function toFacts(row: CaseRow): CaseFacts {
  return {
    kind: row.kind,
    session: row.session,
    number: row.number,
    title: row.title,
    proposer: row.proposer,
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

function toSummary(row: DeskRow, today: string): CaseSummary {
  const drafts = row.draft_state && row.draft_updated_at ? [{ reviewState: row.draft_state, updatedAt: row.draft_updated_at }] : [];
  const status = deriveCaseStatus(row.status, drafts);
  const dueOn = row.extended_due_on ?? row.due_on;
  const { daysLeft, overdue } = deadlineState(dueOn, today, isAnswered(status));
  return {
    id: row.id,
    kind: row.kind,
    session: row.session,
    number: row.number,
    title: row.title,
    proposer: row.proposer,
    role: row.role,
    assignedOn: row.assigned_on,
    dueOn,
    status,
    storedStatus: row.status,
    satisfaction: row.satisfaction,
    overdue,
    daysLeft,
    updatedAt: row.updated_at,
  };
}

/** The desk order: earliest deadline first, cases without one last. */
export function listCases(db: Db, now: Date): CaseSummary[] {
  const today = localDate(now);
  const rows = db.prepare(`${DESK_SELECT} ORDER BY coalesce(extended_due_on, c.due_on) IS NULL, coalesce(extended_due_on, c.due_on), c.number`).all() as DeskRow[];
  return rows.map((row) => toSummary(row, today));
}

export function loadCaseRow(db: Db, id: string): CaseRow {
  const row = db.prepare('SELECT * FROM cases WHERE id = ?').get(id) as CaseRow | undefined;
  if (!row) throw new ApiError('not_found', '找不到这件提案或建议，可能已被删除。请回到案件台账重新选择。');
  return row;
}

export function loadExtensions(db: Db, caseId: string): Extension[] {
  return db
    .prepare('SELECT due_on AS dueOn, approved_on AS approvedOn, reason FROM case_extensions WHERE case_id = ? ORDER BY approved_on, id')
    .all(caseId) as Extension[];
}

export function loadCaseDetail(db: Db, id: string, now: Date): CaseDetail {
  const row = db.prepare(`${DESK_SELECT} WHERE c.id = ?`).get(id) as DeskRow | undefined;
  if (!row) loadCaseRow(db, id);
  const extensions = loadExtensions(db, id);
  const drafts = db
    .prepare(
      `SELECT id, coalesce(name, title) AS title, template_id AS templateId, review_state AS reviewState, updated_at AS updatedAt
       FROM drafts WHERE case_id = ? AND deleted_at IS NULL ORDER BY created_at`,
    )
    .all(id) as CaseDetail['drafts'];
  const summary = toSummary(row!, localDate(now));
  return { ...summary, dueOn: effectiveDueOn(row!.due_on, extensions), facts: toFacts(loadCaseRow(db, id)), extensions, drafts, createdAt: row!.created_at };
}
