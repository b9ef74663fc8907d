import { randomUUID } from 'node:crypto';
import type { LetterDocument } from '../../../shared/model/document';
import type { FieldDefinition, FieldValues } from '../../../shared/fields/fieldDefinition';
import type { Draft, RevisionKind } from '../../../shared/model/draft';
import type { ServiceContext } from '../context';
import { describeLetter, loadDraftRow, toDraft } from './records/draftRecords';
import { insertRevision } from '../revisions/graph/revisionStore';
import { assertStorableLetter } from './storableLetter';

export interface NewDraftSource {
  templateId: string | null;
  fieldDefinitions: FieldDefinition[];
  fields: FieldValues;
  content: LetterDocument;
  /** The first revision holds the text before the first edit: where it came from. */
  firstRevision: { kind: RevisionKind; note: string };
  /** Names the letter if it is refused, e.g. the file it was imported from. */
  origin?: string;
}

/** Stores a new draft and its first revision in one transaction; a letter that could not be read back is refused first. */
export function createDraftRecord(ctx: ServiceContext, source: NewDraftSource): Draft {
  const { db } = ctx;
  assertStorableLetter({ what: source.origin ?? '这份答复函', content: source.content, fields: source.fields, definitions: source.fieldDefinitions });
  const { title, chars } = describeLetter(source.content, source.fieldDefinitions, source.fields);
  const id = randomUUID();
  const time = ctx.now().toISOString();
  return db.transaction(() => {
    db.prepare(
      `INSERT INTO drafts (id, title, template_id, field_definitions, fields, content, chars, head_revision_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, ?)`,
    ).run(
      id,
      title,
      source.templateId,
      JSON.stringify(source.fieldDefinitions),
      JSON.stringify(source.fields),
      JSON.stringify(source.content),
      chars,
      time,
      time,
    );
    const first = insertRevision(db, {
      draftId: id,
      kind: source.firstRevision.kind,
      parents: [],
      author: ctx.author,
      time,
      note: source.firstRevision.note,
      content: source.content,
      fields: source.fields,
      chars,
    });
    db.prepare('UPDATE drafts SET head_revision_id = ? WHERE id = ?').run(first.id, id);
    return toDraft(loadDraftRow(db, id));
  })();
}
