import { fieldsFromCase, sameFieldValues } from '../../../shared/cases/caseFields';
import type { CaseFacts } from '../../../shared/cases/caseModel';
import type { FieldDefinition, FieldValues } from '../../../shared/fields/fieldDefinition';
import type { LetterDocument } from '../../../shared/model/document';
import type { ServiceContext } from '../context';
import { describeLetter, type DraftRow } from '../drafts/records/draftRecords';
import { replaceWorkingFields } from '../drafts/records/draftWrites';
import { insertRevision } from '../revisions/graph/revisionStore';
import { provenRows } from '../../db/rowSums/provenRows';

const LOCKED_STATES = new Set(['signed', 'issued']);

export interface FactsDelivery {
  updated: string[];
  refused: { id: string; title: string }[];
}

/**
 * Hands changed case facts to the case's drafts: an unlocked draft gets them as a `case-update`
 * revision (its working copy moves on, so an editor still holding the old one saves a parallel
 * line rather than overwriting them); a signed-off draft refuses and is listed. Call inside the
 * transaction that changed the case.
 */
export function deliverFacts(ctx: ServiceContext, caseId: string, facts: CaseFacts): FactsDelivery {
  const { db } = ctx;
  const delivery: FactsDelivery = { updated: [], refused: [] };
  // A damaged draft of the case refuses the change: new facts written over it would make its damaged bytes look sound.
  const rows = provenRows(
    db,
    'drafts',
    db.prepare('SELECT * FROM drafts WHERE case_id = ? AND deleted_at IS NULL ORDER BY created_at').all(caseId) as DraftRow[],
  );
  const time = ctx.now().toISOString();
  for (const row of rows) {
    const definitions = JSON.parse(row.field_definitions) as FieldDefinition[];
    const current = JSON.parse(row.fields) as FieldValues;
    const fields = fieldsFromCase(facts, definitions, current);
    if (sameFieldValues(fields, current)) continue;
    if (LOCKED_STATES.has(row.review_state)) {
      delivery.refused.push({ id: row.id, title: row.title });
      continue;
    }
    const content = JSON.parse(row.content) as LetterDocument;
    const { title, chars } = describeLetter(content, definitions, fields);
    const revision = insertRevision(db, {
      draftId: row.id,
      kind: 'case-update',
      parents: [row.head_revision_id],
      author: ctx.author,
      time,
      note: '案件信息更新',
      content,
      fields,
      chars,
    });
    replaceWorkingFields(db, row.id, { revisionId: revision.id, fields, title, chars }, time);
    delivery.updated.push(row.id);
  }
  return delivery;
}
