import { ApiError } from '../../../shared/api/errors';
import type { Handlers } from '../../../shared/api/contract';
import type { LetterDocument } from '../../../shared/model/document';
import type { FieldDefinition, FieldValues } from '../../../shared/fields/fieldDefinition';
import type { ServiceContext } from '../context';
import { listedSummary, loadDraftRow, readDraftRow, toSummary, type DraftRow } from './records/draftRecords';
import { createDraftRecord } from './newDraft';
import { cutWorkingCopy } from './records/workingCopy';
import { purgeDraftHere, recordDraftEvent } from './records/draftEvents';

type LibraryHandlers = Pick<
  Handlers,
  'drafts.close' | 'drafts.duplicate' | 'drafts.rename' | 'drafts.delete' | 'drafts.trash' | 'drafts.undelete' | 'drafts.purge'
>;

function loadTrashedRow(ctx: ServiceContext, draftId: string): DraftRow & { deleted_at: string } {
  const row = ctx.db.prepare('SELECT * FROM drafts WHERE id = ? AND deleted_at IS NOT NULL').get(draftId) as (DraftRow & { deleted_at: string }) | undefined;
  if (!row) throw new ApiError('not_found', '回收站里没有这份草稿。');
  return row;
}

/** Closing, copying and the 回收站: a deleted draft keeps its whole history until 彻底删除. */
export function draftLibraryHandlers(ctx: ServiceContext): LibraryHandlers {
  const { db } = ctx;
  return {
    'drafts.close': ({ draftId }) =>
      db.transaction(() => {
        // A damaged draft was shown read-only: there is nothing to keep, and nothing is written over it.
        if (readDraftRow(db, draftId).damaged.length > 0) return { revisionId: null };
        const row = loadDraftRow(db, draftId);
        const head = cutWorkingCopy(ctx, row, '关闭时自动保存');
        return { revisionId: head === row.head_revision_id ? null : head };
      })(),

    'drafts.duplicate': ({ draftId }) => {
      const row = loadDraftRow(db, draftId);
      return createDraftRecord(ctx, {
        templateId: row.template_id,
        fieldDefinitions: JSON.parse(row.field_definitions) as FieldDefinition[],
        fields: JSON.parse(row.fields) as FieldValues,
        content: JSON.parse(row.content) as LetterDocument,
        firstRevision: { kind: 'checkpoint', note: `以《${row.title}》为底稿新建` },
      });
    },

    'drafts.rename': ({ draftId, name }) => {
      loadDraftRow(db, draftId);
      // An empty name gives the draft back its letter's title.
      db.transaction(() => {
        db.prepare('UPDATE drafts SET name = ? WHERE id = ?').run(name.trim() || null, draftId);
        recordDraftEvent(db, draftId, 'name', name.trim() || null, ctx.now().toISOString(), ctx.author);
      })();
      return toSummary(loadDraftRow(db, draftId));
    },

    'drafts.delete': ({ draftId }) => {
      loadDraftRow(db, draftId);
      const at = ctx.now().toISOString();
      db.transaction(() => {
        db.prepare('UPDATE drafts SET deleted_at = ? WHERE id = ?').run(at, draftId);
        recordDraftEvent(db, draftId, 'trash', at, at, ctx.author);
      })();
      return {};
    },

    'drafts.trash': () => {
      const rows = db.prepare('SELECT * FROM drafts WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC').all() as (DraftRow & {
        deleted_at: string;
      })[];
      return rows.map((row) => ({ ...listedSummary(db, row), deletedAt: row.deleted_at }));
    },

    'drafts.undelete': ({ draftId }) => {
      loadTrashedRow(ctx, draftId);
      db.transaction(() => {
        db.prepare('UPDATE drafts SET deleted_at = NULL WHERE id = ?').run(draftId);
        recordDraftEvent(db, draftId, 'trash', null, ctx.now().toISOString(), ctx.author);
      })();
      return {};
    },

    'drafts.purge': ({ draftId }) =>
      db.transaction(() => {
        loadTrashedRow(ctx, draftId);
        purgeDraftHere(db, draftId, ctx.now().toISOString());
        return {};
      })(),
  };
}
