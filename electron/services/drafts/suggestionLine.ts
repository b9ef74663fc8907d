import type { FieldDefinition, FieldValues } from '../../../shared/fields/fieldDefinition';
import type { ImportedDocx } from '../../../shared/docx/letterFromDocx';
import type { TrackedLine } from '../../../shared/docx/trackedImport';
import type { RevisionSummary } from '../../../shared/model/draft';
import type { ServiceContext } from '../context';
import { describeLetter } from './records/draftRecords';
import { assertStorableLetter } from './storableLetter';
import { insertRevision } from '../revisions/graph/revisionStore';

/** A reviewer's w:date as the revision's time; the import's own time when it is missing, unreadable or in the future. */
function reviewTime(date: string, now: Date): string {
  const time = new Date(date);
  return Number.isNaN(time.getTime()) || time > now ? now.toISOString() : time.toISOString();
}

/**
 * 导入修改稿 with 修订: the file becomes a parallel line beside the draft's, never its text. The line
 * starts at the draft's head with the text every 修订 rejected, then one revision per reviewer (their
 * name, their time) accepting their 修订, and waits for the clerk as 待合并: each difference it
 * carries is a suggestion with its author, settled by a merge revision; the line stays in the history.
 * Call inside the import's transaction; returns the line's last revision.
 */
export function storeSuggestionLine(
  ctx: ServiceContext,
  draftId: string,
  head: string,
  fileName: string,
  line: TrackedLine,
  fieldsOf: (letter: ImportedDocx) => { definitions: FieldDefinition[]; values: FieldValues },
): RevisionSummary {
  const now = ctx.now();
  const store = (letter: ImportedDocx, parent: string, author: string, time: string, note: string) => {
    const { definitions, values } = fieldsOf(letter);
    assertStorableLetter({ what: `「${fileName}」`, content: letter.document, fields: values, definitions });
    const { chars } = describeLetter(letter.document, definitions, values);
    return insertRevision(ctx.db, { draftId, kind: 'import', parents: [parent], author, time, note, content: letter.document, fields: values, chars });
  };
  let last = store(line.base, head, ctx.author, now.toISOString(), `「${fileName}」修订前的原稿（全部修订不接受）`);
  for (const step of line.steps) {
    const author = step.author || '未署名';
    last = store(step.letter, last.id, author, reviewTime(step.date, now), `「${fileName}」中${author}的修订`);
  }
  ctx.db.prepare('INSERT OR IGNORE INTO pending_merges (draft_id, revision_id, created_at) VALUES (?, ?, ?)').run(draftId, last.id, now.toISOString());
  return last;
}
