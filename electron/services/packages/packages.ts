import type { Handlers } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { PACKAGE_EXTENSION, PackageRefused, type Payload } from '../../../shared/review/packageFormat';
import { deadlineAfter, PACKAGE_LIMITS } from '../../../shared/review/packageLimits';
import { latestVersion } from '../../db/migrate';
import { commentRows } from '../review/comments';
import type { ServiceContext } from '../context';
import { loadDraftRow, type DraftRow } from '../drafts/records/draftRecords';
import { applyArrived } from './packageImport';
import { writePackage } from './packageFile';
import { PACKAGE_READ_STOPPED, readPackageInThread } from './packageThread';
import { namedReads } from '../threads/namedReads';
import { listRevisions, readSnapshot } from '../revisions/graph/revisionStore';
import { reviewLog } from '../review/reviewLog';
import { searchUpkeep } from '../search/search';
import { collectCase } from './packageCase';
import { signForExport } from './packageTrust';
import { draftRevisionSignatures } from '../keys/revisionSignatures';
import { cutWorkingCopy } from '../drafts/records/workingCopy';
import { markShared } from '../revisions/graph/sharedRevisions';
import { draftEvents } from '../drafts/records/draftEvents';

/**
 * The draft with its whole history, comments, review log, case and name and 回收站 events, the working
 * copy cut as a revision first. A package marks its revisions as shared; sync marks them once the
 * server has them (`forServer`).
 */
export function collectPayload(ctx: ServiceContext, draftId: string, { forServer = false } = {}): { row: DraftRow; payload: Payload } {
  const { db } = ctx;
  return ctx.db.transaction(() => {
    const head = cutWorkingCopy(ctx, loadDraftRow(db, draftId), '导出草稿包时的正文');
    signForExport(ctx, head);
    const row = loadDraftRow(db, draftId);
    const payload: Payload = {
      draft: {
        id: row.id,
        name: row.name ?? null,
        templateId: row.template_id,
        fieldDefinitions: JSON.parse(row.field_definitions),
        reviewState: row.review_state,
        headRevisionId: head,
        createdAt: row.created_at,
      },
      revisions: listRevisions(db, draftId).map((revision) => ({
        id: revision.id,
        parents: revision.parents,
        kind: revision.kind,
        author: revision.author,
        time: revision.time,
        note: revision.note,
        chars: revision.chars,
        hash: revision.hash,
        ...readSnapshot(db, revision.id),
      })),
      comments: commentRows(db, draftId).map((comment) => ({
        id: comment.id,
        threadId: comment.thread_id,
        revisionId: comment.revision_id,
        anchor: comment.anchor === null ? null : JSON.parse(comment.anchor),
        body: comment.body,
        author: comment.author,
        authorUnit: comment.author_unit,
        time: comment.created_at,
        resolvedAt: comment.resolved_at,
        resolvedBy: comment.resolved_by,
      })),
      reviewLog: reviewLog(db, draftId),
      case: collectCase(db, draftId),
      revisionSignatures: draftRevisionSignatures(db, draftId),
      draftEvents: draftEvents(db, draftId),
    };
    if (forServer) return { row, payload };
    // Counted as sent once packed, even if the clerk then cancels saving: a revision kept too long is harmless.
    markShared(
      db,
      draftId,
      payload.revisions.map((revision) => revision.id),
    );
    return { row, payload };
  })();
}

const safeFileName = (title: string) =>
  title
    .replace(/[\\/:*?"<>|\r\n]+/g, ' ')
    .trim()
    .slice(0, 60) || '答复函';

export async function exportPackage(ctx: ServiceContext, draftId: string): Promise<{ fileName: string; bytes: Buffer }> {
  const { row, payload } = collectPayload(ctx, draftId);
  const title = row.name ?? row.title;
  const bytes = await writePackage(payload, { schemaVersion: latestVersion(), title, exportedAt: ctx.now().toISOString(), exportedBy: ctx.author });
  return { fileName: `${safeFileName(title)}${PACKAGE_EXTENSION}`, bytes };
}

export interface ImportOptions {
  /** Time allowed for reading, checking and writing together. */
  budgetMs?: number;
  /** The clock the budget is measured by. */
  now?: () => number;
  /** Stops the import while the package is read; once it is being written, it is written whole. */
  signal?: AbortSignal;
}

/**
 * Checks the whole package before the one transaction that writes it: a refused package changes
 * nothing. Past the time budget the import stops with a refusal, the transaction rolled back.
 */
export async function importPackage(ctx: ServiceContext, bytes: Uint8Array, { budgetMs = PACKAGE_LIMITS.importMs, now, signal }: ImportOptions = {}) {
  const deadline = deadlineAfter(budgetMs, now);
  try {
    // unzipped, checked and its revisions prepared for the store on a thread of its own, within the same budget; merged and written here
    const { payload } = await readPackageInThread(bytes, latestVersion(), { budgetMs, signal });
    deadline.check();
    if (signal?.aborted) throw new ApiError('conflict', PACKAGE_READ_STOPPED);
    return ctx.db.transaction(() => {
      const report = applyArrived(ctx, payload, deadline);
      markShared(
        ctx.db,
        payload.draft.id,
        payload.revisions.map((revision) => revision.id),
      );
      return report;
    })();
  } catch (error) {
    if (error instanceof PackageRefused) throw new ApiError('invalid_input', error.message);
    throw error;
  }
}

export function packageHandlers(ctx: ServiceContext): Pick<Handlers, 'package.export' | 'package.import'> {
  return {
    'package.export': async ({ draftId }) => {
      const { fileName, bytes } = await exportPackage(ctx, draftId);
      return { fileName, data: bytes.toString('base64') };
    },
    'package.import': async ({ data, requestId }) => {
      const bytes = Buffer.from(data, 'base64');
      const result = await namedReads(ctx).run(requestId, (signal) => importPackage(ctx, bytes, { signal }));
      // A package brings a draft's whole history at once: its text is indexed at idle.
      searchUpkeep(ctx).kick();
      return result;
    },
  };
}
