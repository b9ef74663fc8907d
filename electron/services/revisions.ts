import type { Handlers } from '../../shared/api/contract';
import type { LetterDocument } from '../../shared/model/document';
import type { FieldValues } from '../../shared/fields/fieldDefinition';
import type { ServiceContext } from './context';
import { loadDraftRow } from './draftRecords';
import { insertRevision, listRevisions } from './revisionStore';

type RevisionHandlers = Pick<Handlers, 'revisions.list' | 'revisions.checkpoint'>;

export function revisionHandlers(ctx: ServiceContext): RevisionHandlers {
  const { db } = ctx;
  return {
    'revisions.list': ({ draftId }) => {
      loadDraftRow(db, draftId);
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
          content: JSON.parse(row.content) as LetterDocument,
          fields: JSON.parse(row.fields) as FieldValues,
          chars: row.chars,
        });
        db.prepare('UPDATE drafts SET head_revision_id = ?, working_changed_at = NULL WHERE id = ?').run(revision.id, draftId);
        return revision;
      })(),
  };
}
