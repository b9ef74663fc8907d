import type { FieldDefinition, FieldValues } from '../../shared/fields/fieldDefinition';
import { makeFieldRenderer } from '../../shared/fields/formatField';
import type { FieldView } from './letterBridge';

/** How the draft's field values read inside the letter: the tokens are views of the values. */
export function fieldView(definitions: readonly FieldDefinition[], values: FieldValues): FieldView {
  return {
    text: makeFieldRenderer(definitions, values),
    filled: (name) => (values[name]?.trim() ?? '') !== '',
  };
}
