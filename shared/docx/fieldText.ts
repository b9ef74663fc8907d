import type { FieldDefinition } from '../fields/fieldDefinition';
import { placeholderFor } from '../fields/formatField';
import { parseLooseDate } from '../structure/looseDate';

/**
 * The value a field's text in a document stands for: the inverse of formatFieldValue. Undefined when
 * the text cannot be a value of that field (a following field's wording that someone rewrote).
 */
export function valueFromFieldText(field: FieldDefinition, text: string, previous: { value: string | undefined; shown: string }): string | undefined {
  const trimmed = text.trim();
  if (trimmed === previous.shown.trim()) return previous.value ?? '';
  if (field.follows) return undefined;
  if (trimmed === '' || trimmed === placeholderFor(field)) return '';
  switch (field.type) {
    case 'number':
      return /^第(.+)号$/.exec(trimmed)?.[1] ?? trimmed;
    case 'date':
      return parseLooseDate(trimmed)?.iso ?? trimmed;
    case 'choice':
      return field.choices && !field.choices.includes(trimmed) ? undefined : trimmed;
    default:
      return trimmed;
  }
}
