import { ApiError } from '../../../shared/api/errors';
import { chooseLine, draftRefusal, keepLocalLine, type LinePlan, type LineSides } from '../../../shared/merge/lineMerge';
import type { ParentLinks } from '../../../shared/merge/revisionGraph';
import type { Payload } from '../../../shared/review/packageFormat';
import { NO_DEADLINE, type Deadline } from '../../../shared/review/packageLimits';
import type { ImportReport } from '../../../shared/review/reviewSchemas';
import type { Db } from '../../db/open';
import type { ServiceContext } from '../context';
import type { DraftRow } from '../drafts/records/draftRecords';
import { setReviewState } from '../drafts/records/draftWrites';
import { insertArrivedDraft, takeArrivedHead } from '../drafts/records/packageDrafts';
import { cutWorkingCopy, readWorkingCopy } from '../drafts/records/workingCopy';
import { getRevision, snapshotHash } from '../revisions/graph/revisionStore';
import { verifiedLog } from '../review/verifiedLog';
import { carriedHeadTrust, keepRevisionSignatures, signatureReport } from './packageTrust';
import { applyCase } from './packageCase';
import { addRecords, planRecords } from './packageRecords';
import { arrivedAsIs, type ArrivedPayload } from './arrivedPayload';
import { takeDraftEvents } from '../drafts/records/draftEvents';

type HistoryReport = Omit<ImportReport, 'case'>;

/**
 * Brings a checked package into the store; call inside a transaction. The same draft (by id) gets the
 * revisions, comments and review events it lacks, and its case (see applyCase). Importing the same
 * package again changes nothing. A package that clashes with the store is refused (ApiError) before
 * anything is written; past `deadline` the import stops (PackageRefused), and the transaction with it.
 */
export function applyPackage(ctx: ServiceContext, payload: Payload, deadline: Deadline = NO_DEADLINE): ImportReport {
  return applyArrived(ctx, arrivedAsIs(payload), deadline);
}

/** applyPackage for a payload whose revisions may come prepared for the store (see prepareArrival). */
export function applyArrived(ctx: ServiceContext, payload: ArrivedPayload, deadline: Deadline = NO_DEADLINE): ImportReport {
  const time = ctx.now().toISOString();
  const history = applyHistory(ctx, payload, time, deadline);
  takeDraftEvents(ctx.db, payload.draft.id, payload.draftEvents ?? []);
  deadline.check();
  return { ...history, case: payload.case ? applyCase(ctx.db, payload.draft.id, payload.case, time) : null };
}

function createDraft(db: Db, payload: ArrivedPayload, time: string, deadline: Deadline): HistoryReport {
  const { draft } = payload;
  const plan = planRecords(db, payload, deadline);
  const title = insertArrivedDraft(db, draft, payload.head, time);
  const added = addRecords(db, draft.id, plan, deadline, time);
  keepRevisionSignatures(db, payload);
  // The state is what its verified events replay to here, never the state the package claims.
  const signatures = signatureReport(db, payload);
  if (signatures.state !== draft.reviewState) setReviewState(db, draft.id, signatures.state, time);
  return {
    draftId: draft.id,
    title: draft.name ?? title,
    created: true,
    revisionsAdded: added.revisions,
    commentsAdded: added.comments,
    eventsAdded: added.events.length,
    diverged: false,
    current: 'imported',
    ...signatures,
    heldBack: null,
  };
}

/** The parent links of every revision the given ones descend from, however far back. */
function ancestry(db: Db, tips: [string, string]): ParentLinks {
  const links = db
    .prepare(
      `WITH RECURSIVE up(id) AS (VALUES (?), (?) UNION SELECT p.parent_id FROM revision_parents p JOIN up ON p.revision_id = up.id)
       SELECT p.revision_id AS revisionId, p.parent_id AS parentId FROM revision_parents p JOIN up ON p.revision_id = up.id ORDER BY p.revision_id, p.position`,
    )
    .all(...tips) as { revisionId: string; parentId: string }[];
  const parents = new Map<string, string[]>();
  for (const { revisionId, parentId } of links) parents.set(revisionId, [...(parents.get(revisionId) ?? []), parentId]);
  return parents;
}

/** Whether the draft here is anything but exactly `revisionId`: another head, or text typed since. */
const editedSince = (db: Db, row: DraftRow, revisionId: string) =>
  row.head_revision_id !== revisionId || snapshotHash(readWorkingCopy(row)) !== getRevision(db, revisionId).hash;

const waitingLines = (db: Db, draftId: string) => db.prepare('SELECT revision_id FROM pending_merges WHERE draft_id = ?').pluck().all(draftId) as string[];

function applyLine(db: Db, row: DraftRow, plan: LinePlan, time: string): void {
  if (plan.head) takeArrivedHead(db, row, plan.head, plan.state, time);
  else if (plan.state !== row.review_state) setReviewState(db, row.id, plan.state, time);
  const drop = db.prepare('DELETE FROM pending_merges WHERE draft_id = ? AND revision_id = ?');
  for (const line of plan.merged) drop.run(row.id, line);
  if (plan.waits) db.prepare('INSERT OR IGNORE INTO pending_merges (draft_id, revision_id, created_at) VALUES (?, ?, ?)').run(row.id, plan.waits, time);
}

/** A draft this store lacks arrives as carried; one it has gets what it lacks, and the current line is chosen (see chooseLine). */
function applyHistory(ctx: ServiceContext, payload: ArrivedPayload, time: string, deadline: Deadline): HistoryReport {
  const { db } = ctx;
  const draftId = payload.draft.id;
  const existing = db.prepare('SELECT * FROM drafts WHERE id = ?').get(draftId) as (DraftRow & { deleted_at: string | null }) | undefined;
  if (!existing) return createDraft(db, payload, time, deadline);
  const refusal = draftRefusal({ deleted: Boolean(existing.deleted_at) });
  if (refusal) throw new ApiError('conflict', refusal);

  const records = planRecords(db, payload, deadline);
  const added = addRecords(db, draftId, records, deadline, time);
  keepRevisionSignatures(db, payload);
  deadline.check();
  const imported = payload.draft.headRevisionId;
  // The state both lines share is the replay of the draft's verified events, whatever the package claims.
  const replayed = verifiedLog(db, draftId).replay.state;
  const headTrust = carriedHeadTrust(db, payload);
  const sides: LineSides = {
    local: { head: existing.head_revision_id, state: existing.review_state, edited: editedSince(db, existing, imported) },
    carried: { head: imported, state: replayed, verified: headTrust.ok },
    log: { state: replayed, grew: added.events.length > 0 },
    parents: ancestry(db, [existing.head_revision_id, imported]),
  };
  // Edits typed here since the last revision are a line of their own before anything moves.
  const plan = keepLocalLine(sides) ?? chooseLine(sides, cutWorkingCopy(ctx, existing, '导入草稿包前的修改'), waitingLines(db, draftId));
  applyLine(db, existing, plan, time);
  const signatures = signatureReport(db, payload);
  if (signatures.state !== plan.state) setReviewState(db, draftId, signatures.state, time);
  const heldBack = !headTrust.ok && plan.waits === imported ? headTrust.reason : null;
  return {
    draftId,
    title: existing.name ?? existing.title,
    created: false,
    revisionsAdded: added.revisions,
    commentsAdded: added.comments,
    eventsAdded: added.events.length,
    diverged: plan.diverged,
    current: plan.current,
    ...signatures,
    heldBack,
  };
}
