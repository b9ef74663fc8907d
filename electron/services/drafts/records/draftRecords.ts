import { ApiError } from '../../../../shared/api/errors';
import { documentText, type LetterDocument } from '../../../../shared/model/document';
import { countChars } from '../../../../shared/model/charCount';
import { makeFieldRenderer, unfilledFields } from '../../../../shared/fields/formatField';
import type { FieldDefinition, FieldValues } from '../../../../shared/fields/fieldDefinition';
import type { Draft, DraftSummary, ReviewState } from '../../../../shared/model/draft';
import type { Db } from '../../../db/open';
import { DamagedRecordError } from '../../../db/rowSums/recordDamage';
import { damagedColumns } from '../../../db/rowSums/rowSums';
import { rowDamage } from '../../../db/rowSums/provenRows';

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

/** A live draft's row as stored, with the columns that no longer match its checksum (none when sound). */
export function readDraftRow(db: Db, id: string): { row: DraftRow; damaged: string[] } {
  const row = db.prepare('SELECT * FROM drafts WHERE id = ? AND deleted_at IS NULL').get(id) as DraftRow | undefined;
  if (!row) throw new ApiError('not_found', '找不到这份草稿，可能已被删除。请回到草稿列表重新选择。');
  return { row, damaged: damagedColumns(db, 'drafts', row as unknown as Record<string, unknown>) };
}

/** A live draft's row, proven against its checksum: a damaged one is refused, naming what is damaged. */
export function loadDraftRow(db: Db, id: string): DraftRow {
  const { row } = readDraftRow(db, id);
  const damage = rowDamage(db, 'drafts', row);
  if (damage) throw new DamagedRecordError([damage]);
  return row;
}

/** The field definitions of the draft a revision belongs to, also while the draft is in the 回收站 or its working copy is damaged. */
export function draftFieldDefinitions(db: Db, id: string): FieldDefinition[] {
  const row = db.prepare('SELECT * FROM drafts WHERE id = ?').get(id) as DraftRow | undefined;
  if (!row) return [];
  const damage = rowDamage(db, 'drafts', row);
  if (damage?.columns.includes('field_definitions')) throw new DamagedRecordError([damage]);
  return JSON.parse(row.field_definitions) as FieldDefinition[];
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

/**
 * The rows the list has proven sound on this connection, by id with their stored checksum. The list
 * is read after every save; a row whose checksum has not changed since is not hashed again. Opening,
 * exporting and printing prove the row afresh every time.
 */
const listedSound = new WeakMap<Db, Map<string, string>>();

function listedDamage(db: Db, row: DraftRow): string[] {
  const stored = (row as unknown as { row_sum: unknown }).row_sum;
  let sound = listedSound.get(db);
  if (!sound) listedSound.set(db, (sound = new Map()));
  if (typeof stored === 'string' && sound.get(row.id) === stored) return [];
  const damaged = damagedColumns(db, 'drafts', row as unknown as Record<string, unknown>);
  if (damaged.length === 0 && typeof stored === 'string') sound.set(row.id, stored);
  return damaged;
}

/**
 * A draft as the list shows it, from a row that may be damaged: what survived is shown, the rest
 * stands back, and the entry says it is damaged so the clerk can open it and decide.
 */
export function listedSummary(db: Db, row: DraftRow): DraftSummary {
  const damaged = listedDamage(db, row);
  if (damaged.length === 0) return toSummary(row);
  const sound = (column: string) => !damaged.includes(column);
  const named = sound('name') && row.name !== null;
  return {
    id: row.id,
    title: named ? row.name! : sound('title') && sound('name') ? row.title : '（已损坏的草稿）',
    named,
    templateId: sound('template_id') ? row.template_id : null,
    reviewState: row.review_state,
    chars: sound('chars') ? row.chars : 0,
    unfilled: 0,
    createdAt: sound('created_at') ? row.created_at : row.updated_at,
    updatedAt: row.updated_at,
    damaged: true,
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
