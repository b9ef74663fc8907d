import { carriedCaseKey, planCaseMerge, type StoredCase } from '../../../shared/merge/caseMerge';
import type { CaseImport, PackageCase } from '../../../shared/review/packageCase';
import type { CaseFacts } from '../../../shared/cases/caseModel';
import { withoutCoProposers } from '../../../shared/cases/proposers';
import type { Db } from '../../db/open';
import { draftCaseId, loadExtensions, loadCaseRow, toFacts, type CaseRow } from '../cases/caseRecords';
import { insertCase } from '../cases/cases';
import { linkToCase } from '../drafts/records/draftWrites';

/** A case as this store holds it, in the shape a package carries it, without its times. */
const heldCase = (db: Db, row: CaseRow): Omit<PackageCase, 'createdAt' | 'updatedAt'> => ({
  id: row.id,
  facts: toFacts(row),
  status: row.status,
  satisfaction: row.satisfaction,
  extensions: loadExtensions(db, row.id),
});

/** 附议人 travel only when there are some, so an app from before them reads every other case as it always did. */
function carriedFacts(facts: CaseFacts): CaseFacts {
  return facts.coProposers.length > 0 ? facts : (withoutCoProposers(facts) as CaseFacts);
}

/** A case as a package (and the team server) carries it. */
export function carriedCase(db: Db, caseId: string): PackageCase {
  const row = loadCaseRow(db, caseId);
  const held = heldCase(db, row);
  return { ...held, facts: carriedFacts(held.facts), createdAt: row.created_at, updatedAt: row.updated_at };
}

/** The case `draftId` belongs to, as a package carries it; null for a draft without one. */
export function collectCase(db: Db, draftId: string): PackageCase | null {
  const caseId = draftCaseId(db, draftId);
  return caseId ? carriedCase(db, caseId) : null;
}

function storedCase(db: Db, column: 'id' | 'case_key', value: string): StoredCase | undefined {
  const row = db.prepare(`SELECT * FROM cases WHERE ${column} = ?`).get(value) as CaseRow | undefined;
  return row && heldCase(db, row);
}

/** Brings the package's case in beside its draft (see planCaseMerge); call inside the import's transaction. */
export function applyCase(db: Db, draftId: string, carried: PackageCase, time: string): CaseImport {
  const here = { byId: storedCase(db, 'id', carried.id), byKey: storedCase(db, 'case_key', carriedCaseKey(carried)) };
  const plan = planCaseMerge(carried, here, draftCaseId(db, draftId));
  if (plan.create) {
    const { case: created, key } = plan.create;
    insertCase(db, created.facts, key, created.createdAt, created.id);
    db.prepare('UPDATE cases SET status = ?, satisfaction = ?, updated_at = ? WHERE id = ?').run(
      created.status,
      created.satisfaction,
      created.updatedAt,
      created.id,
    );
  }
  const addExtension = db.prepare('INSERT INTO case_extensions (case_id, due_on, approved_on, reason, created_at) VALUES (?, ?, ?, ?, ?)');
  for (const extension of plan.addExtensions) addExtension.run(plan.caseId, extension.dueOn, extension.approvedOn, extension.reason, time);
  if (plan.touch) db.prepare('UPDATE cases SET updated_at = ? WHERE id = ?').run(time, plan.caseId);
  if (plan.link) linkToCase(db, draftId, plan.caseId);
  const local = loadCaseRow(db, plan.caseId);
  return {
    caseId: plan.caseId,
    number: local.number,
    title: local.title,
    created: plan.create !== null,
    linked: plan.link,
    extensionsAdded: plan.addExtensions.length,
    differences: plan.differences,
  };
}
