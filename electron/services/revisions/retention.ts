import type { Db } from '../../db/open';
import type { RevisionSummary } from '../../../shared/model/draft';
import { DEFAULT_RETENTION_SETTINGS, type RetentionSettings } from '../../../shared/retention/retentionSettings';
import { loadDraftRow } from '../drafts/records/draftRecords';
import { listRevisions, rebaseRevision } from './graph/revisionStore';
import { isConnected, onServerIds, sharedRevisionIds } from './graph/sharedRevisions';
import { provenRow } from '../../db/rowSums/provenRows';

/**
 * Which automatic revisions to keep. Checkpoints, imports, restores, merges and case updates are
 * never thinned; neither is the draft's head, the first revision of a line, the tip of a line, a
 * revision that has been in a package (another PC has it) nor, on a PC connected to the team server,
 * one the server does not have yet (the server keeps every revision: it never thins).
 */
export interface RetentionPolicy {
  /** Every automatic revision younger than this is kept. */
  keepAllForHours: number;
  /** Until this age, the last automatic revision of each hour is kept; after it, the last of each day. */
  hourlyForDays: number;
  /** Where the calendar day starts, relative to UTC (Beijing time: +480). */
  utcOffsetMinutes: number;
}

/** The clerk's settings as the planner's policy; the calendar day is Beijing time's. */
export const policyOf = (settings: RetentionSettings): RetentionPolicy => ({
  keepAllForHours: settings.keepAllDays * 24,
  hourlyForDays: settings.hourlyDays,
  utcOffsetMinutes: 480,
});

export const DEFAULT_RETENTION: RetentionPolicy = policyOf(DEFAULT_RETENTION_SETTINGS);

export interface ThinningDecision {
  id: string;
  reason: string;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function planThinning(
  revisions: readonly RevisionSummary[],
  headId: string,
  now: Date,
  policy = DEFAULT_RETENTION,
  shared: ReadonlySet<string> = new Set(),
): ThinningDecision[] {
  const withChildren = new Set(revisions.flatMap((revision) => revision.parents));
  const isProtected = (r: RevisionSummary) => r.id === headId || r.parents.length === 0 || !withChildren.has(r.id) || shared.has(r.id);
  const buckets = new Map<string, RevisionSummary[]>();
  for (const revision of revisions) {
    const time = Date.parse(revision.time);
    const age = now.getTime() - time;
    if (revision.kind !== 'auto' || age < policy.keepAllForHours * HOUR) continue;
    const local = time + policy.utcOffsetMinutes * 60_000;
    const key = age < policy.hourlyForDays * DAY ? `hour ${Math.floor(local / HOUR)}` : `day ${Math.floor(local / DAY)}`;
    const members = buckets.get(key) ?? [];
    members.push(revision);
    buckets.set(key, members);
  }
  return [...buckets.entries()].flatMap(([key, members]) => {
    const newest = members.reduce((a, b) => (Date.parse(b.time) >= Date.parse(a.time) ? b : a));
    const reason = key.startsWith('hour')
      ? `超过 ${policy.keepAllForHours} 小时的自动版本，每小时只保留最后一个`
      : `超过 ${policy.hourlyForDays} 天的自动版本，每天只保留最后一个`;
    return members.filter((r) => r !== newest && !isProtected(r)).map((r) => ({ id: r.id, reason }));
  });
}

/**
 * Removes one revision without breaking the graph or losing anything still kept: revisions stored
 * against it are stored again against its own base, its children take over its parents, and a
 * tombstone remembers it so that a merge from another PC cannot bring it back.
 */
function thin(db: Db, draftId: string, decision: ThinningDecision, now: Date): void {
  const removed = db.prepare('SELECT base_id AS baseId, hash FROM revisions WHERE id = ?').get(decision.id) as { baseId: string | null; hash: string };
  const dependents = db.prepare('SELECT id FROM revisions WHERE base_id = ?').pluck().all(decision.id) as string[];
  for (const dependent of dependents) rebaseRevision(db, dependent, removed.baseId);

  const parentsOf = db.prepare('SELECT parent_id FROM revision_parents WHERE revision_id = ? ORDER BY position').pluck();
  const ownParents = parentsOf.all(decision.id) as string[];
  const children = db.prepare('SELECT DISTINCT revision_id FROM revision_parents WHERE parent_id = ?').pluck().all(decision.id) as string[];
  const dropLinks = db.prepare('DELETE FROM revision_parents WHERE revision_id = ?');
  const addLink = db.prepare('INSERT INTO revision_parents (revision_id, parent_id, position) VALUES (?, ?, ?)');
  for (const child of children) {
    const relinked = [...new Set((parentsOf.all(child) as string[]).flatMap((p) => (p === decision.id ? ownParents : [p])))];
    dropLinks.run(child);
    relinked.forEach((parent, position) => addLink.run(child, parent, position));
  }

  db.prepare('INSERT INTO revision_tombstones (id, draft_id, hash, thinned_at, reason) VALUES (?, ?, ?, ?, ?)').run(
    decision.id,
    draftId,
    removed.hash,
    now.toISOString(),
    decision.reason,
  );
  db.prepare('DELETE FROM revisions WHERE id = ?').run(decision.id);
}

/** What thinning a draft by the policy would remove now, and why. */
export function planDraftThinning(db: Db, draftId: string, now: Date, policy = DEFAULT_RETENTION): ThinningDecision[] {
  const head = loadDraftRow(db, draftId).head_revision_id;
  const revisions = listRevisions(db, draftId);
  const kept = sharedRevisionIds(db, draftId);
  if (isConnected(db)) {
    const onServer = onServerIds(db, draftId);
    for (const revision of revisions) if (!onServer.has(revision.id)) kept.add(revision.id);
  }
  return planThinning(revisions, head, now, policy, kept);
}

/** Thins a draft's automatic revisions by the policy, all or nothing; returns what was removed and why. */
export function applyRetention(db: Db, draftId: string, now: Date, policy = DEFAULT_RETENTION): ThinningDecision[] {
  return db.transaction(() => {
    const decisions = planDraftThinning(db, draftId, now, policy);
    for (const decision of decisions) thin(db, draftId, decision, now);
    return decisions;
  })();
}

/** Whether a revision was thinned here: a merge must not bring it back. */
export function isThinned(db: Db, revisionId: string): boolean {
  return provenRow(db, 'revision_tombstones', db.prepare('SELECT * FROM revision_tombstones WHERE id = ?').get(revisionId) as object | undefined) !== undefined;
}
