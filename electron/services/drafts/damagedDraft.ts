import type { FieldDefinition } from '../../../shared/fields/fieldDefinition';
import type { Draft, RevisionKind } from '../../../shared/model/draft';
import type { DraftDamage } from '../../../shared/model/draftDamage';
import type { Db } from '../../db/open';
import { columnName } from '../../db/rowSums/recordDamage';
import { rowDamage } from '../../db/rowSums/provenRows';
import type { ServiceContext } from '../context';
import { readSnapshot, type Snapshot } from '../revisions/graph/revisionStore';
import { findTemplate } from '../templates/templates';
import { newestBackupHolding } from './draftBackups';
import { describeLetter, type DraftRow } from './records/draftRecords';
import { readWorkingCopy } from './records/workingCopy';

/** A revision of the draft that passes both its row checksum and its content hash. */
export interface GoodRevision extends Snapshot {
  id: string;
  kind: RevisionKind;
  time: string;
}

/** The newest revision of the draft whose row and text are proven; null when none is. */
export function newestGoodRevision(db: Db, draftId: string): GoodRevision | null {
  const rows = db.prepare('SELECT * FROM revisions WHERE draft_id = ? ORDER BY created_at DESC, rowid DESC').all(draftId) as {
    id: string;
    kind: RevisionKind;
    created_at: string;
  }[];
  for (const row of rows) {
    if (rowDamage(db, 'revisions', row)) continue;
    try {
      return { id: row.id, kind: row.kind, time: row.created_at, ...readSnapshot(db, row.id) };
    } catch {
      // this one is damaged too: try the one before it
    }
  }
  return null;
}

const FIELD_NAME = /^[a-zA-Z][a-zA-Z0-9]*$/;

/**
 * The draft's field definitions: its own when they survived, else its template's, else plain text
 * fields named after the values the shown text carries, so the letter can still be shown.
 */
export function survivingDefinitions(ctx: ServiceContext, row: DraftRow, damaged: readonly string[], fields: Snapshot['fields']): FieldDefinition[] {
  if (!damaged.includes('field_definitions')) return JSON.parse(row.field_definitions) as FieldDefinition[];
  if (!damaged.includes('template_id') && row.template_id) {
    try {
      return findTemplate(ctx, row.template_id).fields;
    } catch {
      // the template is gone: fall back on the values' names
    }
  }
  return Object.keys(fields)
    .filter((name) => FIELD_NAME.test(name))
    .map((name) => ({ name, label: name.slice(0, 32), type: 'text' as const }));
}

/** The working copy when its own columns survived and it is still a letter; null otherwise. */
export function survivingWorkingCopy(row: DraftRow, damaged: readonly string[]): Snapshot | null {
  if (damaged.includes('content') || damaged.includes('fields')) return null;
  try {
    return readWorkingCopy(row);
  } catch {
    return null;
  }
}

const EMPTY: Snapshot = { content: { version: 1, blocks: [] }, fields: {} };

/**
 * What drafts.get answers for a damaged draft: the working copy if it survived, else the newest
 * revision that passes its hash, read-only, with what was lost and the newest backup that holds the
 * draft sound. Nothing is written.
 */
export function damagedDraftView(ctx: ServiceContext, row: DraftRow, damaged: readonly string[]): Draft {
  const sound = (column: string) => !damaged.includes(column);
  const working = survivingWorkingCopy(row, damaged);
  const good = working ? null : newestGoodRevision(ctx.db, row.id);
  const shownText = working ?? good ?? EMPTY;
  const definitions = survivingDefinitions(ctx, row, damaged, shownText.fields);
  const letter = describeLetter(shownText.content, definitions, shownText.fields);
  const backup = newestBackupHolding(ctx, row.id);
  const damage: DraftDamage = {
    parts: damaged.map((column) => columnName('drafts', column)),
    textLost: working === null,
    shown: working
      ? { from: 'working', revisionId: sound('head_revision_id') ? row.head_revision_id : null, time: row.updated_at, chars: letter.chars }
      : good
        ? { from: 'revision', revisionId: good.id, time: good.time, chars: letter.chars }
        : null,
    lastSaved: { time: sound('updated_at') ? row.updated_at : null, chars: sound('chars') ? row.chars : null },
    backup: backup && { name: backup.backup.name, createdAt: backup.backup.createdAt, savedAt: backup.row.updated_at, chars: backup.row.chars },
  };
  const named = sound('name') && row.name !== null;
  return {
    id: row.id,
    title: named ? row.name! : letter.title,
    named,
    templateId: sound('template_id') ? row.template_id : null,
    reviewState: row.review_state,
    chars: letter.chars,
    unfilled: 0,
    createdAt: sound('created_at') ? row.created_at : row.updated_at,
    updatedAt: row.updated_at,
    damaged: true,
    fieldDefinitions: definitions,
    content: shownText.content,
    fields: shownText.fields,
    base: { revisionId: good?.id ?? (sound('head_revision_id') ? row.head_revision_id : row.id), seq: sound('working_seq') ? row.working_seq : 0 },
    damage,
  };
}
