import { z } from 'zod';
import type { BlockRole, HeadingLevel } from '../model/document';
import { FieldDefinitionSchema, FieldValuesSchema, type FieldDefinition, type FieldValues } from '../fields/fieldDefinition';

/**
 * What an exported .docx carries so that importing it (after a colleague edited it in Word or WPS)
 * gives back roles, field runs and field definitions: a paragraph style per role, a bookmark around
 * each field's text, and the field definitions in custom document properties. All three survive
 * editing in Word and WPS; a file without them is read by text recognition instead.
 */
export const ROLE_STYLE_IDS: Record<Exclude<BlockRole, 'heading'>, string> = {
  title: 'Title',
  addressee: 'DafuAddressee',
  body: 'DafuBody',
  closing: 'DafuClosing',
  attachment: 'DafuAttachment',
  signature: 'DafuSignature',
  date: 'DafuDate',
  note: 'DafuNote',
  cc: 'DafuCc',
  /** A table's 表题; the table itself follows it. */
  table: 'DafuTableCaption',
};

/** The 印发 line of the 版记: made from the 署名 and 成文日期 at export, so import leaves it out. */
export const ISSUED_STYLE_ID = 'DafuIssued';
/** A table's unit line (「单位：万元」), between its 表题 and the table. */
export const TABLE_UNIT_STYLE_ID = 'DafuTableUnit';

export function headingStyleId(level: HeadingLevel): string {
  return `Heading${level}`;
}

export interface StyleHint {
  role: BlockRole;
  level?: HeadingLevel;
}

const STYLE_ROLES = new Map<string, StyleHint>(Object.entries(ROLE_STYLE_IDS).map(([role, id]) => [id, { role: role as BlockRole }]));

/** The role a paragraph style gives: ours, or Word's and WPS's built-in 标题 and 标题 1–4 by style name. */
export function roleOfStyle(styleId: string, styleName: string | undefined): StyleHint | undefined {
  const ours = STYLE_ROLES.get(styleId);
  if (ours) return ours;
  const name = (styleName ?? styleId).toLowerCase().replace(/\s+/g, '');
  if (name === 'title' || name === '标题') return { role: 'title' };
  const heading = /^(?:heading|标题)([1-4])$/.exec(name);
  if (heading) return { role: 'heading', level: Number(heading[1]) as HeadingLevel };
  return undefined;
}

const BOOKMARK = /^Dafu_([a-zA-Z][a-zA-Z0-9]*)_\d+$/;

export function fieldBookmarkName(field: string, occurrence: number): string {
  return `Dafu_${field}_${occurrence}`;
}

export function fieldOfBookmark(name: string): string | undefined {
  return BOOKMARK.exec(name)?.[1];
}

/** Word keeps at most 255 characters in a text property, so the JSON is spread over numbered ones. */
const PROPERTY_PREFIX = 'DafuFields';
const PROPERTY_CHUNK = 250;

const FieldMetaSchema = z.object({ definitions: z.array(FieldDefinitionSchema).max(200), values: FieldValuesSchema }).strict();
export type FieldMeta = z.infer<typeof FieldMetaSchema>;

export function fieldMetaProperties(definitions: FieldDefinition[], values: FieldValues): { name: string; value: string }[] {
  const json = JSON.stringify({ definitions, values });
  const properties: { name: string; value: string }[] = [];
  for (let start = 0; start < json.length; start += PROPERTY_CHUNK) {
    properties.push({ name: `${PROPERTY_PREFIX}${properties.length}`, value: json.slice(start, start + PROPERTY_CHUNK) });
  }
  return properties;
}

/** The field definitions and values an export wrote, or undefined when absent or damaged. */
export function readFieldMeta(properties: ReadonlyMap<string, string>): FieldMeta | undefined {
  let json = '';
  for (let index = 0; properties.has(`${PROPERTY_PREFIX}${index}`); index += 1) json += properties.get(`${PROPERTY_PREFIX}${index}`);
  if (json === '') return undefined;
  try {
    const parsed = FieldMetaSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
