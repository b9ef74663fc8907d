import { ApiError } from '../../../shared/api/errors';
import type { Handlers } from '../../../shared/api/contract';
import { instantiateTemplate } from '../../../shared/templates/template';
import type { ServiceContext } from '../context';
import { describeLetter, listDrafts, loadDraftRow, readDraftRow, toDraft } from './records/draftRecords';
import { damagedDraftView } from './damagedDraft';
import { applyProfile } from '../../../shared/profile/bureauProfile';
import { createDraftRecord } from './newDraft';
import { readProfile } from '../settings/profile';
import { assertEditable, cutWorkingCopy, readWorkingCopy } from './records/workingCopy';
import { findTemplate } from '../templates/templates';
import { insertRevision, snapshotHash, readSnapshot } from '../revisions/graph/revisionStore';
import type { FieldDefinition } from '../../../shared/fields/fieldDefinition';
import { draftField, extendedDueOn, filterWhere } from '../../db/listFilterSql';

/** After this long of editing since the last revision, the next save also cuts an automatic one. */
export const AUTO_REVISION_AFTER_MS = 5 * 60_000;

/** A draft's 办理期限 is its case's deadline in force. */
const DRAFT_FILTER_COLUMNS = {
  signedOn: draftField('d', 'signedOn'),
  dueOn: `(SELECT coalesce(${extendedDueOn('c')}, c.due_on) FROM cases AS c WHERE c.id = d.case_id)`,
  replyType: draftField('d', 'replyType'),
  reviewState: 'd.review_state',
};

type DraftHandlers = Pick<Handlers, 'drafts.list' | 'drafts.create' | 'drafts.get' | 'drafts.save'>;

export function draftHandlers(ctx: ServiceContext): DraftHandlers {
  const { db } = ctx;

  return {
    'drafts.list': (filter) => listDrafts(db, filterWhere(filter, DRAFT_FILTER_COLUMNS)),

    'drafts.create': ({ templateId }) => {
      const template = findTemplate(ctx, templateId);
      const { definitions, values } = applyProfile(template.fields, readProfile(db));
      return createDraftRecord(ctx, {
        templateId: template.id,
        fieldDefinitions: definitions,
        fields: values,
        content: instantiateTemplate(template),
        firstRevision: { kind: 'checkpoint', note: `由模板「${template.name}」新建` },
      });
    },

    // A damaged draft opens read-only: the last text that can be proven, what was lost, and how to recover it.
    'drafts.get': ({ draftId }) => {
      const { row, damaged } = readDraftRow(db, draftId);
      if (damaged.length > 0) return damagedDraftView(ctx, row, damaged);
      readWorkingCopy(row);
      return toDraft(row);
    },

    'drafts.save': ({ draftId, base, content, fields }) =>
      db.transaction(() => {
        const row = loadDraftRow(db, draftId);
        assertEditable(row, '修改');
        const definitions = JSON.parse(row.field_definitions) as FieldDefinition[];
        const { title, chars } = describeLetter(content, definitions, fields);
        const time = ctx.now().toISOString();

        if (base.seq !== row.working_seq) {
          const parent = db.prepare('SELECT id FROM revisions WHERE id = ? AND draft_id = ?').get(base.revisionId, draftId);
          if (!parent) throw new ApiError('invalid_input', '保存时所依据的版本不属于这份草稿。');
          // The working copy the other window wrote becomes a revision first, so both lines show in the history.
          cutWorkingCopy(ctx, row);
          const parallel = insertRevision(db, {
            draftId,
            kind: 'auto',
            parents: [base.revisionId],
            author: ctx.author,
            time,
            note: '另一窗口的并行修改',
            content,
            fields,
            chars,
          });
          return { status: 'diverged' as const, revisionId: parallel.id };
        }

        let head = row.head_revision_id;
        const changedSince = row.working_changed_at ?? time;
        const stretchOver = Date.parse(time) - Date.parse(changedSince) >= AUTO_REVISION_AFTER_MS;
        if (stretchOver && snapshotHash({ content, fields }) !== snapshotHash(readSnapshot(db, head))) {
          head = insertRevision(db, { draftId, kind: 'auto', parents: [head], author: ctx.author, time, content, fields, chars }).id;
        }
        const seq = row.working_seq + 1;
        db.prepare(
          `UPDATE drafts SET content = ?, fields = ?, title = ?, chars = ?, working_seq = ?, head_revision_id = ?,
             working_changed_at = ?, updated_at = ? WHERE id = ?`,
        ).run(JSON.stringify(content), JSON.stringify(fields), title, chars, seq, head, head === row.head_revision_id ? changedSince : null, time, draftId);
        return { status: 'saved' as const, savedAt: time, base: { revisionId: head, seq } };
      })(),
  };
}
