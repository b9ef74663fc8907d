import type { Database } from 'better-sqlite3';
import { letterLines } from '../../../shared/export/letterText';
import type { FieldDefinition, FieldValues } from '../../../shared/fields/fieldDefinition';
import type { LetterDocument } from '../../../shared/model/document';
import { searchForm } from '../../../shared/search/normalize';

const LETTER_TEXT = 'dafu_letter_text';
/** A text in the folded form search compares (shared/search/normalize.ts), for scans the indexes cannot answer. */
export const SEARCH_FORM = 'dafu_search_form';

/** A draft's search text: its lines as they print and export, never a stored value the letter does not show. */
export function draftSearchText(content: string, definitions: string, values: string): string {
  try {
    return letterLines(JSON.parse(content) as LetterDocument, JSON.parse(definitions) as FieldDefinition[], JSON.parse(values) as FieldValues).join('\n');
  } catch {
    // A row that does not parse is damaged: its checksum names it; the search text of it is empty.
    return '';
  }
}

/** The search text as SQL over a drafts row (`new` in a trigger, `d` in a check). */
export function draftSearchTextSql(row: string): string {
  return `${LETTER_TEXT}(${row}.content, ${row}.field_definitions, ${row}.fields)`;
}

/** The search triggers call these functions: every connection that writes drafts registers them. */
export function registerSearchFeed(db: Database): void {
  db.function(LETTER_TEXT, { deterministic: true }, (content: unknown, definitions: unknown, values: unknown) =>
    draftSearchText(String(content), String(definitions), String(values)),
  );
  db.function(SEARCH_FORM, { deterministic: true }, (text: unknown) => searchForm(String(text ?? '')));
}
