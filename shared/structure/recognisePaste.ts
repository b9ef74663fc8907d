import type { FieldDefinition, FieldValues } from '../fields/fieldDefinition';
import { makeFieldRenderer } from '../fields/formatField';
import type { Block, Inline } from '../model/document';
import { recogniseLetter } from './recogniseLetter';
import { own } from '../lookup/own';

export interface PasteRecognition {
  blocks: Block[];
  /** Facts for the draft's fields that were still empty. */
  filled: FieldValues;
  /** Their labels, to tell the clerk what was filled. */
  filledLabels: string[];
  /** What the recogniser read differently from how it was written, for the clerk to check. */
  warnings: string[];
}

function appendText(inlines: Inline[], text: string): void {
  const last = inlines.at(-1);
  if (last?.t === 'text' && !last.bold) last.text += text;
  else inlines.push({ t: 'text', text });
}

/**
 * Pasted plain text read with the same recogniser as a .txt import, fitted into an open draft: a fact
 * becomes a field token where the draft has that field empty (it is filled) or already holding the
 * same value; elsewhere it stays the text it was, so the paste never changes what the draft says.
 */
export function recognisePastedText(text: string, definitions: readonly FieldDefinition[], values: FieldValues): PasteRecognition {
  const letter = recogniseLetter(text);
  const asText = makeFieldRenderer(letter.fieldDefinitions, letter.fields);
  const editable = new Map(definitions.filter((field) => !field.follows).map((field) => [field.name, field]));
  const filled: FieldValues = {};
  const keepsToken = (name: string): boolean => {
    const field = editable.get(name);
    const found = own(letter.fields, name)?.trim() ?? '';
    const standard = letter.fieldDefinitions.find((definition) => definition.name === name);
    if (!field || found === '' || field.type !== standard?.type) return false;
    const current = own(values, name)?.trim() ?? '';
    if (current === '' && (own(filled, name) ?? found) === found) filled[name] = found;
    return (own(filled, name) ?? current) === found;
  };
  const blocks = letter.document.blocks.map((block) => {
    const inlines: Inline[] = [];
    for (const run of block.inlines) {
      if (run.t === 'field' && keepsToken(run.name)) inlines.push(run);
      else appendText(inlines, run.t === 'field' ? asText(run.name) : run.text);
    }
    return { ...block, inlines };
  });
  const filledLabels = Object.keys(filled).map((name) => editable.get(name)!.label);
  return { blocks, filled, filledLabels, warnings: letter.corrections };
}
