import type { Handlers } from '../../../shared/api/contract';
import type { LetterDocument } from '../../../shared/model/document';
import type { FieldDefinition, FieldValues } from '../../../shared/fields/fieldDefinition';
import { exportLetterDocx, type DocxLayout } from '../../../shared/docx/exportDocx';
import type { BureauProfile } from '../../../shared/profile/bureauProfile';
import { exportFileName, letterPlainText } from '../../../shared/export/letterText';
import type { ServiceContext } from '../context';
import { describeLetter, loadDraftRow, type DraftRow } from './records/draftRecords';
import { readProfile } from '../settings/profile';

function letterOf(row: DraftRow) {
  const content = JSON.parse(row.content) as LetterDocument;
  const fieldDefinitions = JSON.parse(row.field_definitions) as FieldDefinition[];
  const fields = JSON.parse(row.fields) as FieldValues;
  return { content, fieldDefinitions, fields, title: describeLetter(content, fieldDefinitions, fields).title };
}

/** A bureau that has set a 信函格式 版头 in its profile sends its letters in 信函格式. */
export function docxLayoutOf(profile: BureauProfile): DocxLayout {
  return profile.letterHeader ? { format: 'letter', letterHeader: profile.letterHeader } : { format: 'ordinary' };
}

/** The working copy as a GB/T 9704 .docx (base64) or as plain text, fields written as their values. */
export function letterExportHandlers(ctx: ServiceContext): Pick<Handlers, 'drafts.exportDocx' | 'drafts.exportText'> {
  return {
    'drafts.exportDocx': async ({ draftId }) => {
      const letter = letterOf(loadDraftRow(ctx.db, draftId));
      const bytes = await exportLetterDocx(letter, docxLayoutOf(readProfile(ctx.db)));
      return { fileName: exportFileName(letter.title, 'docx'), data: Buffer.from(bytes).toString('base64') };
    },
    'drafts.exportText': ({ draftId }) => {
      const letter = letterOf(loadDraftRow(ctx.db, draftId));
      return { fileName: exportFileName(letter.title, 'txt'), text: letterPlainText(letter.content, letter.fieldDefinitions, letter.fields) };
    },
  };
}
