import type { Handlers } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { FieldDefinition } from '../../../shared/fields/fieldDefinition';
import type { ServiceContext } from '../context';
import { describeLetter, draftFieldDefinitions, loadDraftRow, readDraftRow } from '../drafts/records/draftRecords';
import { moveHead, replaceWorkingCopy } from '../drafts/records/draftWrites';
import { getRevision, insertRevision, listRevisions, readSnapshot } from './graph/revisionStore';
import { assertEditable, cutWorkingCopy, readWorkingCopy } from '../drafts/records/workingCopy';

type RevisionHandlers = Pick<Handlers, 'revisions.list' | 'revisions.checkpoint' | 'revisions.get' | 'revisions.restore'>;

export function revisionHandlers(ctx: ServiceContext): RevisionHandlers {
  const { db } = ctx;
  return {
    // The history of a damaged draft can still be read: each revision is proven on its own.
    'revisions.list': ({ draftId }) => {
      readDraftRow(db, draftId);
      return listRevisions(db, draftId);
    },

    'revisions.checkpoint': ({ draftId, note }) =>
      db.transaction(() => {
        const row = loadDraftRow(db, draftId);
        const revision = insertRevision(db, {
          draftId,
          kind: 'checkpoint',
          parents: [row.head_revision_id],
          author: ctx.author,
          time: ctx.now().toISOString(),
          note: note?.trim() || undefined,
          ...readWorkingCopy(row),
          chars: row.chars,
        });
        moveHead(db, draftId, revision.id);
        return revision;
      })(),

    'revisions.get': ({ revisionId }) => {
      const revision = getRevision(db, revisionId);
      return { revision, ...readSnapshot(db, revisionId), fieldDefinitions: draftFieldDefinitions(db, revision.draftId) };
    },

    // The restored revision is the new head, with the old head as first parent and the revision it
    // brings back as second, so the timeline shows where the text came from and nothing is rewritten.
    'revisions.restore': ({ draftId, revisionId }) =>
      db.transaction(() => {
        const row = loadDraftRow(db, draftId);
        assertEditable(row, '恢复旧版本');
        const source = getRevision(db, revisionId);
        if (source.draftId !== draftId) throw new ApiError('invalid_input', '要恢复的版本不属于这份草稿。');
        const restored = readSnapshot(db, revisionId);
        const time = ctx.now().toISOString();

        const head = cutWorkingCopy(ctx, row, '恢复旧版本前的修改');

        const definitions = JSON.parse(row.field_definitions) as FieldDefinition[];
        const { title, chars } = describeLetter(restored.content, definitions, restored.fields);
        const revision = insertRevision(db, {
          draftId,
          kind: 'restore',
          parents: head === revisionId ? [head] : [head, revisionId],
          author: ctx.author,
          time,
          note: source.note ? `恢复到早先的版本“${source.note}”` : '恢复到早先的版本',
          ...restored,
          chars,
        });
        replaceWorkingCopy(db, draftId, { revisionId: revision.id, content: restored.content, fields: restored.fields, title, chars }, time);
        return revision;
      })(),
  };
}
