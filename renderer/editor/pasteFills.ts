import { $getRoot, $getState, $setState, HISTORIC_TAG, createState, type LexicalEditor } from 'lexical';
import type { FieldValues } from '../../shared/fields/fieldDefinition';
import { own } from '../../shared/lookup/own';

const asFieldValues = (value: unknown): FieldValues =>
  typeof value === 'object' && value !== null
    ? Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
    : {};

/**
 * The field values that recognised pastes filled, kept on the root so each editor state knows
 * them: undo and redo move between states, and the fields follow (field values themselves live
 * with the draft, outside the editor's history).
 */
const pasteFillsState = createState('pasteFills', {
  parse: asFieldValues,
  isEqual: (a, b) => JSON.stringify(a) === JSON.stringify(b),
});

/** Inside the update that restructures a paste: remembers what it filled. */
export function $recordPasteFills(filled: FieldValues): void {
  $setState($getRoot(), pasteFillsState, (earlier) => ({ ...earlier, ...filled }));
}

/**
 * The field changes that take the form from one history state's fills to another's; a field the
 * clerk has since edited in the form is left as the clerk wrote it.
 */
export function fieldsFollowingFills(from: FieldValues, to: FieldValues, current: FieldValues): FieldValues {
  const changes: FieldValues = {};
  for (const name of new Set([...Object.keys(from), ...Object.keys(to)])) {
    const [was, becomes] = [own(from, name) ?? '', own(to, name) ?? ''];
    if (was !== becomes && (own(current, name) ?? '') === was) changes[name] = becomes;
  }
  return changes;
}

/** Undo and redo of a recognised paste empty and refill the fields it filled. */
export function registerPasteFillsHistory(
  editor: LexicalEditor,
  getFields: () => FieldValues,
  onFieldChange: (name: string, value: string) => void,
): () => void {
  return editor.registerUpdateListener(({ editorState, prevEditorState, tags }) => {
    if (!tags.has(HISTORIC_TAG)) return;
    const fills = (state: typeof editorState) => state.read(() => $getState($getRoot(), pasteFillsState));
    const changes = fieldsFollowingFills(fills(prevEditorState), fills(editorState), getFields());
    for (const [name, value] of Object.entries(changes)) onFieldChange(name, value);
  });
}
