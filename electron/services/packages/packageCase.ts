import { caseKey } from '../../../shared/cases/caseKey';
import { caseDifferences, missingExtensions, type CaseImport, type PackageCase } from '../../../shared/review/packageCase';
import type { Db } from '../../db/open';
import { loadExtensions, loadCaseRow, toFacts, type CaseRow } from '../cases/caseRecords';
import { insertCase } from '../cases/cases';

/** The case `draftId` belongs to, as a package carries it; null for a draft without one. */
export function collectCase(db: Db, draftId: string): PackageCase | null {
  const caseId = db.prepare('SELECT case_id FROM drafts WHERE id = ?').pluck().get(draftId) as string | null;
  if (!caseId) return null;
  const row = loadCaseRow(db, caseId);
  return {
    id: row.id,
    facts: toFacts(row),
    status: row.status,
    satisfaction: row.satisfaction,
    extensions: loadExtensions(db, row.id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The same case here: by its id, else by kind, session and number (a case registered on both PCs from the 交办清单). */
function findCase(db: Db, carried: PackageCase): CaseRow | undefined {
  const byId = db.prepare('SELECT * FROM cases WHERE id = ?').get(carried.id) as CaseRow | undefined;
  if (byId) return byId;
  const key = caseKey(carried.facts.kind, carried.facts.session, carried.facts.number);
  return db.prepare('SELECT * FROM cases WHERE case_key = ?').get(key) as CaseRow | undefined;
}

/**
 * Brings the package's case in beside its draft; call inside the import's transaction. A case this
 * PC lacks is created as carried. A case it has keeps its own facts (the case owns them here too):
 * where they differ is reported, never overwritten. Extensions it lacks are added. A draft without a
 * case is joined to it; one already filed under another case stays there.
 */
export function applyCase(db: Db, draftId: string, carried: PackageCase, time: string): CaseImport {
  const found = findCase(db, carried);
  let caseId: string;
  if (found) caseId = found.id;
  else {
    caseId = insertCase(db, carried.facts, caseKey(carried.facts.kind, carried.facts.session, carried.facts.number), carried.createdAt, carried.id);
    db.prepare('UPDATE cases SET status = ?, satisfaction = ?, updated_at = ? WHERE id = ?').run(carried.status, carried.satisfaction, carried.updatedAt, caseId);
  }
  const extensions = missingExtensions(loadExtensions(db, caseId), carried.extensions);
  const addExtension = db.prepare('INSERT INTO case_extensions (case_id, due_on, approved_on, reason, created_at) VALUES (?, ?, ?, ?, ?)');
  for (const extension of extensions) addExtension.run(caseId, extension.dueOn, extension.approvedOn, extension.reason, time);
  if (found && extensions.length > 0) db.prepare('UPDATE cases SET updated_at = ? WHERE id = ?').run(time, caseId);

  const linked = db.prepare('UPDATE drafts SET case_id = ? WHERE id = ? AND case_id IS NULL').run(caseId, draftId).changes > 0;
  const local = loadCaseRow(db, caseId);
  return {
    caseId,
    number: local.number,
    title: local.title,
    created: !found,
    linked,
    extensionsAdded: extensions.length,
    differences: found ? caseDifferences({ facts: toFacts(found), status: found.status, satisfaction: found.satisfaction }, carried) : [],
  };
}
