import { blockText, type LetterDocument } from '../model/document';
import type { FieldDefinition, FieldValues } from '../fields/fieldDefinition';
import { makeFieldRenderer } from '../fields/formatField';
import { tableLines } from './tableLines';

/**
 * The letter's lines as it prints, fields written as their values (「2023年5月26日」, 「第011号」): the
 * one plain-text rendering that the .txt export and the search index both read.
 */
export function letterLines(content: LetterDocument, definitions: readonly FieldDefinition[], values: FieldValues): string[] {
  const render = makeFieldRenderer(definitions, values);
  return content.blocks.map((block) => blockText(block, render));
}

/** The letter as plain text, one paragraph per line with Windows line ends; a table as tab-separated rows (see tableLines). */
export function letterPlainText(content: LetterDocument, definitions: FieldDefinition[], values: FieldValues): string {
  const render = makeFieldRenderer(definitions, values);
  return letterLines(content, definitions, values)
    .map((line, index) => (content.blocks[index].table ? tableLines(content.blocks[index], render).join('\n') : line))
    .map((line) => `${line.replace(/\r?\n/g, '\r\n')}\r\n`)
    .join('');
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
