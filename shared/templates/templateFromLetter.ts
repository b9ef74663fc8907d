import type { FieldDefinition } from '../fields/fieldDefinition';
import { placeholderFor } from '../fields/formatField';
import type { LetterDocument } from '../model/document';
import type { Template, TemplateBlock } from './template';

type TemplateMeta = Pick<Template, 'id' | 'name' | 'kind' | 'description'>;

/** 另存为模板: the letter's prose with its fields as placeholders again; the values stay with the draft. */
export function templateFromLetter(doc: LetterDocument, definitions: readonly FieldDefinition[], meta: TemplateMeta): Template {
  const blocks: TemplateBlock[] = doc.blocks.map((block) => ({
    role: block.role,
    ...(block.level === undefined ? {} : { level: block.level }),
    text: block.inlines.map((run) => (run.t === 'field' ? `{{${run.name}}}` : run.text)).join(''),
  }));
  const used = new Set(doc.blocks.flatMap((block) => block.inlines.flatMap((run) => (run.t === 'field' ? [run.name] : []))));
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
