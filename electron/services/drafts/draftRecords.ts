import { ApiError } from '../../../shared/api/errors';
import { documentText, type LetterDocument } from '../../../shared/model/document';
import { countChars } from '../../../shared/model/charCount';
import { makeFieldRenderer, unfilledFields } from '../../../shared/fields/formatField';
import type { FieldDefinition, FieldValues } from '../../../shared/fields/fieldDefinition';
import type { Draft, DraftSummary, ReviewState } from '../../../shared/model/draft';
import type { Db } from '../../db/open';

export interface DraftRow {
  id: string;
  title: string;
  name: string | null;
  template_id: string | null;
  field_definitions: string;
  fields: string;
  content: string;
  chars: number;
  head_revision_id: string;
  working_seq: number;
  working_changed_at: string | null;
  review_state: ReviewState;
  created_at: string;
  updated_at: string;
}

export function loadDraftRow(db: Db, id: string): DraftRow {
  const row = db.prepare('SELECT * FROM drafts WHERE id = ? AND deleted_at IS NULL').get(id) as DraftRow | undefined;
  if (!row) throw new ApiError('not_found', '找不到这份草稿，可能已被删除。请回到草稿列表重新选择。');
  return row;
}

/** The field definitions of the draft a revision belongs to, also while the draft is in the 回收站. */
export function draftFieldDefinitions(db: Db, id: string): FieldDefinition[] {
  const row = db.prepare('SELECT field_definitions FROM drafts WHERE id = ?').get(id) as { field_definitions: string } | undefined;
  return row ? (JSON.parse(row.field_definitions) as FieldDefinition[]) : [];
}

/** Title, size and unfilled count as the draft list shows them, derived from the letter itself. */
export function describeLetter(content: LetterDocument, definitions: FieldDefinition[], values: FieldValues) {
  const render = makeFieldRenderer(definitions, values);
  const titleBlock = content.blocks.find((block) => block.role === 'title');
  const title = titleBlock ? documentText({ version: 1, blocks: [titleBlock] }, render).trim() : '';
  return {
    title: title || '无标题答复',
    chars: countChars(documentText(content, render)),
    unfilled: unfilledFields(definitions, values).length,
  };
}

export function toSummary(row: DraftRow): DraftSummary {
  const definitions = JSON.parse(row.field_definitions) as FieldDefinition[];
  return {
    id: row.id,
    title: row.name ?? row.title,
    named: row.name !== null,
    templateId: row.template_id,
    reviewState: row.review_state,
    chars: row.chars,
    unfilled: unfilledFields(definitions, JSON.parse(row.fields) as FieldValues).length,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toDraft(row: DraftRow): Draft {
  return {
    ...toSummary(row),
    fieldDefinitions: JSON.parse(row.field_definitions) as FieldDefinition[],
    fields: JSON.parse(row.fields) as FieldValues,
    content: JSON.parse(row.content) as LetterDocument,
    base: { revisionId: row.head_revision_id, seq: row.working_seq },
  };
}
