import type { FieldDefinition, FieldValues } from './fieldDefinition';

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

export function makeFieldRenderer(fields: readonly FieldDefinition[], values: FieldValues) {
  const byName = new Map(fields.map((field) => [field.name, field]));
  return (name: string): string => {
    const field = byName.get(name);
    return field ? formatFieldValue(field, values[name]) : `〔${name}〕`;
  };
}

export function unfilledFields(fields: readonly FieldDefinition[], values: FieldValues): FieldDefinition[] {
  return fields.filter((field) => (values[field.name]?.trim() ?? '') === '');
}
