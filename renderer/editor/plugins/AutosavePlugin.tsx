import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { FieldValues } from '../../../shared/fields/fieldDefinition';
import type { Draft } from '../../../shared/model/draft';
import { call, errorMessage } from '../../api/client';
import { $exportLetter } from '../letterBridge';
import { createAutosave, type Autosave } from '../autosaveController';
import { workingCopySave } from '../workingCopySave';
import type { SaveStatus } from '../saveStatus';

export const AUTOSAVE_DELAY_MS = 1000;

interface Props {
  draft: Draft;
  /** The field values as the form holds them now. */
  getFields: () => FieldValues;
  onStatus: (status: SaveStatus) => void;
  onSaved: () => void;
  /** Receives the autosave so that a checkpoint or a draft switch can flush it first. */
  onReady: (autosave: Autosave | undefined) => void;
}

/** Keeps the working copy saved: about a second after typing pauses, and once more on leaving. */
export function AutosavePlugin({ draft, getFields, onStatus, onSaved, onReady }: Props) {
  const [editor] = useLexicalComposerContext();
  const base = useRef(draft.base);

  useEffect(() => {
    const saveWorkingCopy = workingCopySave({
      draftId: draft.id,
      base,
      read: () => ({ content: editor.getEditorState().read($exportLetter), fields: getFields() }),
      send: (input) => call('drafts.save', input),
      onSaved: (result) => {
        onStatus({ kind: 'saved', at: result.savedAt });
        onSaved();
      },
      onDiverged: () => onStatus({ kind: 'diverged' }),
    });
    const autosave = createAutosave({
      delayMs: AUTOSAVE_DELAY_MS,
      isComposing: () => editor.isComposing(),
      onDirty: () => onStatus({ kind: 'dirty' }),
      save: async () => {
        onStatus({ kind: 'saving' });
        try {
          return await saveWorkingCopy();
        } catch (error) {
          onStatus({ kind: 'failed', message: errorMessage(error) });
          throw error;
        }
      },
    });
    onReady(autosave);

    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState }) => {
      if (prevEditorState.isEmpty() || (dirtyElements.size === 0 && dirtyLeaves.size === 0)) return;
      autosave.changed();
    });
    const flushOnLeave = () => void autosave.flush();
    window.addEventListener('beforeunload', flushOnLeave);
    return () => {
      unregister();
      window.removeEventListener('beforeunload', flushOnLeave);
      onReady(undefined);
      void autosave.flush().finally(() => autosave.dispose());
    };
  }, [editor, draft, getFields, onStatus, onSaved, onReady]);

  return null;
}
