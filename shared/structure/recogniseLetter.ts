import type { FieldDefinition, FieldValues } from '../fields/fieldDefinition';
import type { LetterDocument } from '../model/document';
import { letterFacts } from './letterFacts';
import { letterParagraphs } from './letterParagraphs';
import { placeMentions } from './placeMentions';
import { STANDARD_FIELDS, type StandardFieldName } from './standardFields';

export interface RecognisedLetter {
  document: LetterDocument;
  fields: FieldValues;
  fieldDefinitions: FieldDefinition[];
  /** What the clerk should check, in plain Chinese. */
  warnings: string[];
}

export interface RecognisedText extends RecognisedLetter {
  /** The part of `warnings` about what the text says (not about parts it lacks): what a pasted fragment warns of. */
  corrections: string[];
}

/**
 * Reads a plain-text reply letter into the structure a template has: roles and heading levels per
 * paragraph, and the facts it states as field runs with their values.
 */
export function recogniseLetter(text: string): RecognisedText {
  const { paragraphs, droppedChrome } = letterParagraphs(text);
  const facts = letterFacts(paragraphs);
  const blocks = placeMentions(paragraphs, facts.mentions);
  const used = new Set(blocks.flatMap((block) => block.inlines.flatMap((run) => (run.t === 'field' ? [run.name] : []))));
  const names = (Object.keys(STANDARD_FIELDS) as StandardFieldName[]).filter((name) => used.has(name));
  const corrections = [...(droppedChrome > 0 ? [`已略去从网页带来的 ${droppedChrome} 行（来源、发布日期、打印、关闭等）。`] : []), ...facts.warnings];
  const untitled = paragraphs.some((paragraph) => paragraph.role === 'title') ? [] : ['没有认出标题（如「关于……的答复」），请在第一行补上。'];
  const warnings = [...untitled, ...corrections, ...facts.missing];
  return {
    document: { version: 1, blocks },
    fields: Object.fromEntries(names.map((name) => [name, facts.values[name] ?? ''])),
    fieldDefinitions: names.map((name): FieldDefinition => ({ ...STANDARD_FIELDS[name] })),
    warnings,
    corrections,
  };
}
