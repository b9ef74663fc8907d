import type { Handlers } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { lineSuggestions } from '../../../shared/docx/lineSuggestions';
import type { RevisionSummary } from '../../../shared/model/draft';
import type { ServiceContext } from '../context';
import type { Db } from '../../db/open';
import { draftFieldDefinitions, loadDraftRow } from '../drafts/records/draftRecords';
import { getRevision, readSnapshot } from './graph/revisionStore';

/** How far back a waiting line is followed before the rest is taken as one step. */
const MAX_LINE = 200;

/** The draft's head and every revision it descends from. */
function mainLine(db: Db, head: string): Set<string> {
  const ids = db
    .prepare(`WITH RECURSIVE up(id) AS (SELECT ? UNION SELECT p.parent_id FROM revision_parents p JOIN up ON p.revision_id = up.id) SELECT id FROM up`)
    .pluck()
    .all(head) as string[];
  return new Set(ids);
}

/** The waiting line from where it left the draft's line (excluded) to `revisionId`, oldest first, along first parents. */
function waitingLine(db: Db, head: string, revisionId: string): RevisionSummary[] {
  const main = mainLine(db, head);
  const line: RevisionSummary[] = [];
  for (let revision: RevisionSummary | undefined = getRevision(db, revisionId); revision && !main.has(revision.id) && line.length < MAX_LINE;) {
    line.unshift(revision);
    const parent: string | undefined = revision.parents[0];
    revision = parent ? getRevision(db, parent) : undefined;
  }
  return line;
}

export function suggestionHandlers(ctx: ServiceContext): Pick<Handlers, 'revisions.suggestions'> {
  const { db } = ctx;
  return {
    'revisions.suggestions': ({ draftId, revisionId }) => {
      const row = loadDraftRow(db, draftId);
      if (getRevision(db, revisionId).draftId !== draftId) throw new ApiError('invalid_input', '这个版本不属于这份草稿。');
      const line = waitingLine(db, row.head_revision_id, revisionId);
      if (line.length === 0) return { original: null, suggestions: [] };
      // a 修订稿's line starts with its original; any other line is compared from where it left the draft's
      const revised = line[0].kind === 'import';
      const fork = !revised && line[0].parents[0];
      if (fork) line.unshift(getRevision(db, fork));
      const definitions = draftFieldDefinitions(db, draftId);
      const versions = line.map((revision) => ({ ...readSnapshot(db, revision.id), definitions, stamp: { author: revision.author, date: revision.time } }));
      const suggestions = lineSuggestions(versions).map(({ change, stamp, place }) => ({
        kind: change.kind,
        before: change.before,
        after: change.after,
        ...(change.bold === undefined ? {} : { bold: change.bold }),
        place: place ?? null,
        author: stamp.author,
        time: stamp.date,
      }));
      return { original: revised ? line[0].id : null, suggestions };
    },
  };
}
