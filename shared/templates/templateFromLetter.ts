import type { FieldDefinition } from '../fields/fieldDefinition';
import { placeholderFor } from '../fields/formatField';
import { inlinesText, type LetterDocument } from '../model/document';
import { tableLines } from '../export/tableLines';
import type { Template, TemplateBlock } from './template';

type TemplateMeta = Pick<Template, 'id' | 'name' | 'kind' | 'description'>;

/** 另存为模板: the letter's prose with its fields as placeholders again; the values stay with the draft. */
export function templateFromLetter(doc: LetterDocument, definitions: readonly FieldDefinition[], meta: TemplateMeta): Template {
  const placeholder = (name: string) => `{{${name}}}`;
  // Templates hold paragraphs only: a table comes into the template as its rows, cells separated by tabs.
  const blocks: TemplateBlock[] = doc.blocks.flatMap((block): TemplateBlock[] =>
    block.table
      ? tableLines(block, placeholder).map((text) => ({ role: 'body', text }))
      : [{ role: block.role, ...(block.level === undefined ? {} : { level: block.level }), text: inlinesText(block.inlines, placeholder) }],
  );
  const used = new Set(
    [
      ...blocks
        .map((block) => block.text)
        .join('\n')
        .matchAll(/\{\{([a-zA-Z][a-zA-Z0-9]*)\}\}/g),
    ].map((match) => match[1]),
  );
  for (const field of definitions) if (used.has(field.name) && field.follows) used.add(field.follows.field);
  const fields = definitions.filter((field) => used.has(field.name));
  return { ...meta, fields, blocks: blocks.length > 0 ? blocks : [{ role: 'body', text: '' }] };
}

/** The first lines of a template as the gallery shows them, fields as their 〔labels〕. */
export function templatePreview(template: Template, lines = 8): string[] {
  const labels = new Map(template.fields.map((field) => [field.name, placeholderFor(field)]));
  return template.blocks
    .slice(0, lines)
    .map((block) => block.text.replace(/\{\{([a-zA-Z][a-zA-Z0-9]*)\}\}/g, (_, name: string) => labels.get(name) ?? `〔${name}〕`));
}
