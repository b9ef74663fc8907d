import { ApiError } from '../../../../shared/api/errors';
import { documentText, type LetterDocument } from '../../../../shared/model/document';
import { countChars } from '../../../../shared/model/charCount';
import { makeFieldRenderer, unfilledFields } from '../../../../shared/fields/formatField';
import type { FieldDefinition, FieldValues } from '../../../../shared/fields/fieldDefinition';
import type { Draft, DraftSummary, ReviewState } from '../../../../shared/model/draft';
import type { Db } from '../../../db/open';
import { DamagedRecordError } from '../../../db/rowSums/recordDamage';
import { damagedColumns, damagedColumnsAmong } from '../../../db/rowSums/rowSums';
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
  const damaged = damagedColumns(db, 'drafts', row as unknown as Record<string, unknown>);
  if (damaged.length > 0) noteDamagedDrafts(db, [id]);
  return { row, damaged };
}

/** A live draft's row, proven against its checksum: a damaged one is refused, naming what is damaged. */
export function loadDraftRow(db: Db, id: string): DraftRow {
  const { row, damaged } = readDraftRow(db, id);
  if (damaged.length > 0) throw new DamagedRecordError([rowDamage(db, 'drafts', row)!]);
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

/** What the draft list reads of a row: the columns it shows, never the letter's text. */
const LISTED = ['id', 'title', 'name', 'template_id', 'review_state', 'chars', 'created_at', 'updated_at', 'field_definitions', 'fields'] as const;
type ListedRow = Pick<DraftRow, (typeof LISTED)[number]>;

/** Drafts whose rows were found damaged on this connection (by the full check after start, or when opened): the list reads them whole, to say so. */
const foundDamaged = new WeakMap<Db, Set<string>>();

export function noteDamagedDrafts(db: Db, ids: readonly string[]): void {
  let found = foundDamaged.get(db);
  if (!found) foundDamaged.set(db, (found = new Set()));
  for (const id of ids) found.add(id);
}

/** The entries already proven on this connection, by id, with the sum they were proven under. */
const provenEntries = new WeakMap<Db, Map<string, { sum: string; summary: DraftSummary }>>();

/**
 * A listed row, proven on the columns it was read with (each column has its own part of the sum); a
 * damaged one is read whole and shown as listedSummary shows it. Damage to the letter's text, which
 * the list does not read, is shown once the full check after start has found it.
 */
function listedEntry(db: Db, row: ListedRow & { row_sum: unknown }): DraftSummary {
  if (!foundDamaged.get(db)?.has(row.id) && damagedColumnsAmong(db, 'drafts', row as unknown as Record<string, unknown>, LISTED).length === 0) {
    const summary = toSummary(row);
    if (typeof row.row_sum === 'string') provenOn(db).set(row.id, { sum: row.row_sum, summary });
    return summary;
  }
  return listedSummary(db, db.prepare('SELECT * FROM drafts WHERE id = ?').get(row.id) as DraftRow);
}

function provenOn(db: Db): Map<string, { sum: string; summary: DraftSummary }> {
  let proven = provenEntries.get(db);
  if (!proven) provenEntries.set(db, (proven = new Map()));
  return proven;
}

/** Past this many rows not yet proven on the connection (the first list after start), one scan reads them all. */
const SCAN_FROM = 64;

/**
 * The live drafts as the list shows them, newest first, `where` narrowing them (alias d). Five years
 * of drafts are listed without reading a letter's text; an entry proven before under the same sum
 * (the list is read again after every save) is not read again.
 */
export function listDrafts(db: Db, where: { sql: string; params: unknown[] }): DraftSummary[] {
  const found = db
    .prepare(`SELECT d.id, d.row_sum FROM drafts AS d WHERE d.deleted_at IS NULL AND ${where.sql} ORDER BY d.updated_at DESC`)
    .all(...where.params) as { id: string; row_sum: unknown }[];
  const proven = provenOn(db);
  const damaged = foundDamaged.get(db);
  const known = found.map(({ id, row_sum }) => {
    const entry = proven.get(id);
    return entry && entry.sum === row_sum && !damaged?.has(id) ? entry.summary : undefined;
  });
  const unknown = known.filter((summary) => !summary).length;
  const scanned = unknown > SCAN_FROM ? scanListed(db, where) : undefined;
  const listed = db.prepare(`SELECT ${[...LISTED, 'row_sum'].join(', ')} FROM drafts WHERE id = ?`);
  return found.map(({ id }, index) => known[index] ?? listedEntry(db, scanned?.get(id) ?? (listed.get(id) as ListedRow & { row_sum: unknown })));
}

/** Rows proven a slice at a time by warmListedDrafts: small enough that a call waiting behind a slice is not kept long. */
const WARM_SLICE = 200;

/**
 * Reads and proves every listed row into this connection's cache ahead of the first list, a slice at a
 * time, giving way between slices so that calls are answered meanwhile. Stops when the store closes.
 */
export async function warmListedDrafts(db: Db, giveWay: () => Promise<void> = () => new Promise((resolve) => setImmediate(resolve))): Promise<void> {
  const slice = db.prepare(
    `SELECT rowid, ${[...LISTED, 'row_sum'].join(', ')} FROM drafts WHERE deleted_at IS NULL AND rowid > ? ORDER BY rowid LIMIT ${WARM_SLICE}`,
  );
  const proven = provenOn(db);
  for (let after = 0; db.open;) {
    const rows = slice.all(after) as (ListedRow & { row_sum: unknown; rowid: number })[];
    if (rows.length === 0) return;
    for (const row of rows) if (proven.get(row.id)?.sum !== row.row_sum) listedEntry(db, row);
    after = rows[rows.length - 1].rowid;
    await giveWay();
  }
}

function scanListed(db: Db, where: { sql: string; params: unknown[] }): Map<string, ListedRow & { row_sum: unknown }> {
  const rows = db
    .prepare(`SELECT ${[...LISTED, 'row_sum'].map((column) => `d.${column}`).join(', ')} FROM drafts AS d WHERE d.deleted_at IS NULL AND ${where.sql}`)
    .all(...where.params) as (ListedRow & { row_sum: unknown })[];
  return new Map(rows.map((row) => [row.id, row]));
}

/** Drafts from one template share their field definitions word for word: parsed once, not once a row. */
const parsedDefinitions = new Map<string, FieldDefinition[]>();

function fieldDefinitionsOf(text: string): FieldDefinition[] {
  let definitions = parsedDefinitions.get(text);
  if (!definitions) {
    if (parsedDefinitions.size >= 64) parsedDefinitions.clear();
    parsedDefinitions.set(text, (definitions = JSON.parse(text) as FieldDefinition[]));
  }
  return definitions;
}

export function toSummary(row: ListedRow): DraftSummary {
  const definitions = fieldDefinitionsOf(row.field_definitions);
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
