import type { Handlers } from '../../../shared/api/contract';
import type { LetterDocument } from '../../../shared/model/document';
import type { FieldDefinition, FieldValues } from '../../../shared/fields/fieldDefinition';
import { exportLetterDocx, type DocxLayout } from '../../../shared/docx/exportDocx';
import type { BureauProfile } from '../../../shared/profile/bureauProfile';
import { exportFileName, letterPlainText } from '../../../shared/export/letterText';
import type { ServiceContext } from '../context';
import { describeLetter, loadDraftRow, type DraftRow } from './records/draftRecords';
import { readProfile } from '../settings/profile';
import { hasDocumentHeader } from '../../../shared/print/documentHeader';
import type { PrintSettings } from '../../../shared/print/settings';
import { makeFieldRenderer } from '../../../shared/fields/formatField';
import { blockText } from '../../../shared/model/document';
import { own } from '../../../shared/lookup/own';
import { DOC_NUMBER } from '../../../shared/structure/lineKinds';
import { signedOffBy } from './print';
import { readPrintPreferences } from '../settings/printPreferences';

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

/** The 文件格式 版头 as printed: the 发文机关标志 from the profile (else the 署名), the 发文字号 field, the verified 签发人. */
function documentHeaderLayout(
  ctx: ServiceContext,
  draftId: string,
  letter: ReturnType<typeof letterOf>,
  profile: BureauProfile,
  settings: PrintSettings,
): DocxLayout {
  const signature = letter.content.blocks.filter((block) => block.role === 'signature').at(-1);
  const render = makeFieldRenderer(letter.fieldDefinitions, letter.fields);
  const organ = profile.letterHeader?.trim() || (signature ? blockText(signature, render) : '');
  const numberLine = letter.content.blocks.map((block) => blockText(block, render).trim()).find((text) => DOC_NUMBER.test(text));
  const docNumber = own(letter.fields, 'docNumber')?.trim() || (numberLine ?? '');
  return { format: 'ordinary', documentHeader: { settings, values: { organ, docNumber, signer: settings.upward ? signedOffBy(ctx, draftId) : null } } };
}

/** The working copy as a GB/T 9704 .docx (base64) or as plain text, fields written as their values. */
export function letterExportHandlers(ctx: ServiceContext): Pick<Handlers, 'drafts.exportDocx' | 'drafts.exportText'> {
  return {
    'drafts.exportDocx': async ({ draftId, settings = readPrintPreferences(ctx.db).settings }) => {
      const letter = letterOf(loadDraftRow(ctx.db, draftId));
      const profile = readProfile(ctx.db);
      const layout = hasDocumentHeader(settings)
        ? documentHeaderLayout(ctx, draftId, letter, profile, settings)
        : { ...docxLayoutOf(profile), marks: settings };
      const bytes = await exportLetterDocx(letter, layout);
      return { fileName: exportFileName(letter.title, 'docx'), data: Buffer.from(bytes).toString('base64') };
    },
    'drafts.exportText': ({ draftId }) => {
      const letter = letterOf(loadDraftRow(ctx.db, draftId));
      return { fileName: exportFileName(letter.title, 'txt'), text: letterPlainText(letter.content, letter.fieldDefinitions, letter.fields) };
    },
  };
}
