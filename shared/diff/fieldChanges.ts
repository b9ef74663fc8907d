import { formatFieldValue } from '../fields/formatField';
import type { FieldDefinition, FieldValues } from '../fields/fieldDefinition';
import type { FieldChange } from './types';
import { own } from '../lookup/own';

/** Field values that differ between two versions, as the letter shows them (「第011号」, 「2023年5月26日」). */
export function fieldChanges(before: FieldValues, after: FieldValues, definitions: readonly FieldDefinition[]): FieldChange[] {
  const byName = new Map(definitions.map((definition) => [definition.name, definition]));
  const names = [...new Set([...definitions.map((d) => d.name), ...Object.keys(before), ...Object.keys(after)])];
  return names
    .filter((name) => (own(before, name)?.trim() ?? '') !== (own(after, name)?.trim() ?? ''))
    .map((name) => {
      const definition = byName.get(name) ?? { name, label: name, type: 'text' as const };
      return {
        name,
        label: definition.label,
        before: formatFieldValue(definition, own(before, name)),
        after: formatFieldValue(definition, own(after, name)),
      };
    });
}
