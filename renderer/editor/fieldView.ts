import type { FieldDefinition, FieldValues } from '../../shared/fields/fieldDefinition';
import { isFilled, makeFieldRenderer } from '../../shared/fields/formatField';
import type { FieldView } from './letterBridge';

/** How the draft's field values read inside the letter: the tokens are views of the values. */
export function fieldView(definitions: readonly FieldDefinition[], values: FieldValues): FieldView {
  const byName = new Map(definitions.map((field) => [field.name, field]));
  return {
    text: makeFieldRenderer(definitions, values),
    filled: (name) => {
      const field = byName.get(name);
      return field !== undefined && isFilled(field, values);
    },
  };
}
