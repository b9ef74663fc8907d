import { blockText, type LetterDocument } from '../model/document';
import type { FieldDefinition, FieldValues } from '../fields/fieldDefinition';
import { makeFieldRenderer } from '../fields/formatField';

/** The letter as plain text, fields written as their values, one paragraph per line with Windows line ends. */
export function letterPlainText(content: LetterDocument, definitions: FieldDefinition[], values: FieldValues): string {
  const render = makeFieldRenderer(definitions, values);
  return content.blocks.map((block) => `${blockText(block, render).replace(/\r?\n/g, '\r\n')}\r\n`).join('');
}

/** A file name Windows accepts, from the letter's title. */
export function exportFileName(title: string, extension: 'docx' | 'txt' | 'pdf'): string {
  const printable = [...title].filter((char) => char.charCodeAt(0) >= 0x20).join('');
  const safe =
    printable
      .replace(/[\\/:*?"<>|]/g, '')
      .trim()
      .slice(0, 80) || '答复函';
  return `${safe}.${extension}`;
}
