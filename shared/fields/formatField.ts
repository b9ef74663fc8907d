import type { FieldDefinition, FieldValues } from './fieldDefinition';
import { own } from '../lookup/own';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 「2023-05-26」 → 「2023年5月26日」; anything else is returned as typed. */
export function formatCalendarDate(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  return `${year}年${Number(month)}月${Number(day)}日`;
}

export function placeholderFor(field: Pick<FieldDefinition, 'label'>): string {
  return `〔${field.label}〕`;
}

/** How a field reads inside the letter; an unfilled field shows its label as a placeholder. */
export function formatFieldValue(field: FieldDefinition, value: string | undefined): string {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return placeholderFor(field);
  switch (field.type) {
    case 'number':
      return `第${trimmed}号`;
    case 'date':
      return formatCalendarDate(trimmed);
    default:
      return trimmed;
  }
}

/** The value a field shows: its own, or for a following field the wording its source's value picks. */
export function effectiveValue(field: FieldDefinition, values: FieldValues): string | undefined {
  if (!field.follows) return own(values, field.name);
  return own(field.follows.texts, own(values, field.follows.field)?.trim() ?? '');
}

export function makeFieldRenderer(fields: readonly FieldDefinition[], values: FieldValues) {
  const byName = new Map(fields.map((field) => [field.name, field]));
  return (name: string): string => {
    const field = byName.get(name);
    return field ? formatFieldValue(field, effectiveValue(field, values)) : `〔${name}〕`;
  };
}

export function isFilled(field: FieldDefinition, values: FieldValues): boolean {
  return (effectiveValue(field, values)?.trim() ?? '') !== '';
}

/** Fields the clerk still has to fill; one that follows another is filled with its source. */
export function unfilledFields(fields: readonly FieldDefinition[], values: FieldValues): FieldDefinition[] {
  return fields.filter((field) => !field.follows && !isFilled(field, values));
}
