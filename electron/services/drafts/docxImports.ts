import type { Handlers } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { FieldDefinition, FieldValues } from '../../../shared/fields/fieldDefinition';
import type { ImportedDocx } from '../../../shared/docx/letterFromDocx';
import type { ImportedTrackedDocx } from '../../../shared/docx/trackedImport';
import type { ServiceContext } from '../context';
import { describeLetter, loadDraftRow } from './records/draftRecords';
import { createDraftRecord } from './newDraft';
import { insertRevision } from '../revisions/graph/revisionStore';
import { assertEditable, cutWorkingCopy, readWorkingCopy } from './records/workingCopy';
import { assertStorableLetter } from './storableLetter';
import { storeWordComments } from '../review/wordComments';
import { uploadsOf } from '../uploads/uploads';
import { readDocxInThread } from './docxThread';
import { namedReads } from '../threads/namedReads';
import { storeSuggestionLine } from './suggestionLine';

const MAX_NOTE_CHARS = 1_000;

interface DocxSource {
  fileName: string;
  data?: string;
  upload?: string;
  requestId?: string;
}

/** The file's bytes, from the call itself or from a finished upload (taken, so a second call cannot reuse it). */
function docxBytes(ctx: ServiceContext, { data, upload }: DocxSource): Uint8Array {
  return upload === undefined ? Buffer.from(data ?? '', 'base64') : uploadsOf(ctx).take(upload, 'docx').bytes;
}

async function importedLetter(ctx: ServiceContext, source: DocxSource, trackedLine = false): Promise<ImportedTrackedDocx> {
  const { fileName } = source;
  // read on a thread of its own: a large file does not hold up the other calls
  const bytes = docxBytes(ctx, source);
  const letter = await namedReads(ctx).run(source.requestId, (signal) => readDocxInThread(fileName, bytes, { trackedLine, signal }));
  if (letter.document.blocks.every((block) => block.inlines.length === 0 && !block.table)) {
    throw new ApiError('invalid_input', `「${fileName}」里没有文字，请选一份写有答复函正文的 Word 文档。`);
  }
  return letter;
}

/** Says where the text came from and keeps the comments, which the letter itself cannot hold. */
function importNote(fileName: string, letter: ImportedDocx, asRevision: boolean): string {
  const head = asRevision ? `从「${fileName}」导入修改稿` : `从文件「${fileName}」导入`;
  const parts = [
    letter.review.changes > 0 ? `修订 ${letter.review.changes} 处已按接受处理` : '',
    letter.comments.length > 0 ? `Word 批注 ${letter.comments.length} 条已转为批注` : '',
    letter.review.comments.join('；'),
  ].filter(Boolean);
  const note = parts.length > 0 ? `${head}（${parts.join('；')}）` : head;
  return note.length > MAX_NOTE_CHARS ? `${note.slice(0, MAX_NOTE_CHARS - 1)}…` : note;
}

/** The draft's fields, extended by fields the file brings and updated with the values it states. */
function mergeFields(definitions: FieldDefinition[], values: FieldValues, letter: ImportedDocx) {
  const known = new Set(definitions.map((field) => field.name));
  const merged = [...definitions, ...letter.fieldDefinitions.filter((field) => !known.has(field.name))];
  return { definitions: merged, values: { ...values, ...letter.fields } };
}

export function docxImportHandlers(ctx: ServiceContext): Pick<Handlers, 'drafts.importDocx' | 'revisions.importDocx'> {
  const { db } = ctx;
  return {
    'drafts.importDocx': async ({ tracked: choice, ...source }) => {
      const { fileName } = source;
      const letter = await importedLetter(ctx, source, choice === 'review');
      const line = letter.tracked;
      // with its 修订 to review, the draft starts as the reviewers found it and their 修订 wait beside it
      const base = line?.base;
      const definitions = base ? mergeFields(base.fieldDefinitions, base.fields, letter).definitions : letter.fieldDefinitions;
      const values = base ? base.fields : letter.fields;
      const stored = db.transaction(() => {
        const created = createDraftRecord(ctx, {
          templateId: null,
          fieldDefinitions: definitions,
          fields: values,
          content: base ? base.document : letter.document,
          firstRevision: { kind: 'import', note: importNote(fileName, letter, false) },
          origin: `「${fileName}」`,
        });
        if (!line) {
          storeWordComments(ctx, created.id, created.base.revisionId, letter.comments);
          return { draft: created };
        }
        const fieldsOf = (imported: ImportedDocx) => mergeFields(definitions, values, imported);
        const last = storeSuggestionLine(ctx, created.id, created.base.revisionId, fileName, line, fieldsOf);
        storeWordComments(ctx, created.id, last.id, letter.comments);
        return { draft: created, suggestions: { revisionId: last.id, reviewers: line.steps.map((step) => step.author || '未署名') } };
      })();
      return { ...stored.draft, warnings: letter.warnings, ...(stored.suggestions ? { suggestions: stored.suggestions } : {}) };
    },

    // Like a restore: unsaved work becomes a revision first, then the colleague's copy is the new head,
    // so the history shows the import and comparison with the previous version shows their changes.
    'revisions.importDocx': async ({ draftId, ...source }) => {
      const { fileName } = source;
      loadDraftRow(db, draftId);
      const letter = await importedLetter(ctx, source, true);
      const revision = db.transaction(() => {
        const row = loadDraftRow(db, draftId);
        assertEditable(row, '导入修改稿');
        const time = ctx.now().toISOString();
        const head = cutWorkingCopy(ctx, row, '导入修改稿前的修改');
        if (letter.tracked) {
          const fieldsOf = (imported: ImportedDocx) =>
            mergeFields(JSON.parse(row.field_definitions) as FieldDefinition[], readWorkingCopy(row).fields, imported);
          const line = storeSuggestionLine(ctx, draftId, head, fileName, letter.tracked, fieldsOf);
          storeWordComments(ctx, draftId, line.id, letter.comments);
          return line;
        }
        const { definitions, values } = mergeFields(JSON.parse(row.field_definitions) as FieldDefinition[], readWorkingCopy(row).fields, letter);
        assertStorableLetter({ what: `「${fileName}」`, content: letter.document, fields: values, definitions });
        const { title, chars } = describeLetter(letter.document, definitions, values);
        const inserted = insertRevision(db, {
          draftId,
          kind: 'import',
          parents: [head],
          author: ctx.author,
          time,
          note: importNote(fileName, letter, true),
          content: letter.document,
          fields: values,
          chars,
        });
        db.prepare(
          `UPDATE drafts SET content = ?, fields = ?, field_definitions = ?, title = ?, chars = ?, working_seq = working_seq + 1,
             head_revision_id = ?, working_changed_at = NULL, updated_at = ? WHERE id = ?`,
        ).run(JSON.stringify(letter.document), JSON.stringify(values), JSON.stringify(definitions), title, chars, inserted.id, time, draftId);
        storeWordComments(ctx, draftId, inserted.id, letter.comments);
        return inserted;
      })();
      return { revision, warnings: letter.warnings };
    },
  };
}
