import type { Handlers } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { FieldDefinition } from '../../../shared/fields/fieldDefinition';
import { exportFileName } from '../../../shared/export/letterText';
import { attributeChanges, type StampedVersion } from '../../../shared/docx/trackedAuthors';
import { trackedParagraphs } from '../../../shared/docx/trackedChanges';
import { exportTrackedDocx } from '../../../shared/docx/exportTrackedDocx';
import type { RevisionSummary } from '../../../shared/model/draft';
import type { ServiceContext } from '../context';
import { describeLetter, loadDraftRow } from './records/draftRecords';
import { readWorkingCopy } from './records/workingCopy';
import { docxLayoutOf } from './letterExports';
import { readProfile } from '../settings/profile';
import { getRevision, readSnapshot, snapshotHash } from '../revisions/graph/revisionStore';
import { revisionPath } from '../revisions/graph/revisionPath';

/**
 * Revisions compared to find who made each change: every one on a short way, an even sample of a
 * long one (A and B always). Each costs two comparisons of the whole letter.
 */
const MAX_STAMPED = 64;

function sample<T>(items: T[]): T[] {
  if (items.length <= MAX_STAMPED) return items;
  const step = (items.length - 1) / (MAX_STAMPED - 1);
  return Array.from({ length: MAX_STAMPED }, (_, index) => items[Math.round(index * step)]);
}

/** 导出修订稿: revision B (or the text being edited) as a .docx with Word's 修订 marks against revision A. */
export function trackedExportHandlers(ctx: ServiceContext): Pick<Handlers, 'drafts.exportTrackedDocx'> {
  const { db } = ctx;
  return {
    'drafts.exportTrackedDocx': async ({ draftId, against, revisionId }) => {
      const row = loadDraftRow(db, draftId);
      const ownRevision = (id: string, what: string): RevisionSummary => {
        const revision = getRevision(db, id);
        if (revision.draftId !== draftId) throw new ApiError('invalid_input', `${what}不属于这份草稿。请在这份草稿的版本记录中选择。`);
        return revision;
      };
      const base = ownRevision(against, '作为修改前的版本');
      const definitions = JSON.parse(row.field_definitions) as FieldDefinition[];
      const stamped = (revision: RevisionSummary): StampedVersion => ({
        ...readSnapshot(db, revision.id),
        definitions,
        stamp: { author: revision.author, date: revision.time },
      });
      const target = revisionId === undefined ? undefined : ownRevision(revisionId, '要导出的版本');
      const end = target ?? getRevision(db, row.head_revision_id);
      const path = revisionPath(db, base.id, end.id) ?? [base, end];
      const chain = sample(path.filter((revision, index) => index === 0 || revision.hash !== path[index - 1].hash)).map(stamped);
      if (!target) {
        const working = readWorkingCopy(row);
        if (snapshotHash(working) !== end.hash) chain.push({ ...working, definitions, stamp: { author: ctx.author, date: ctx.now().toISOString() } });
      }
      const [a, b] = [chain[0], chain[chain.length - 1]];
      const { paragraphs, comparison } = trackedParagraphs(a, b, attributeChanges(chain));
      const { title } = describeLetter(b.content, definitions, b.fields);
      const bytes = await exportTrackedDocx(
        { title, content: b.content, fieldDefinitions: definitions, fields: b.fields },
        paragraphs,
        docxLayoutOf(readProfile(db)),
      );
      return { fileName: exportFileName(`${title}（修订稿）`, 'docx'), data: Buffer.from(bytes).toString('base64'), changes: comparison.changes.length };
    },
  };
}
