import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { Draft } from '../../../shared/model/draft';
import { call, errorMessage } from '../../api/client';
import { $exportLetter } from '../letterBridge';
import type { SaveStatus } from '../saveStatus';

export const AUTOSAVE_DELAY_MS = 1000;

interface Props {
  draft: Draft;
  onStatus: (status: SaveStatus) => void;
  onSaved: () => void;
}

/**
 * Saves the working copy about a second after typing pauses, never in the middle of an IME
 * composition, one save at a time, and once more when the editor goes away.
 */
export function AutosavePlugin({ draft, onStatus, onSaved }: Props) {
  const [editor] = useLexicalComposerContext();
  const base = useRef(draft.base);
  const stopped = useRef(false);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let dirty = false;
    let inFlight: Promise<void> | undefined;

    const save = async (): Promise<void> => {
      if (!dirty || stopped.current) return;
      if (inFlight) {
        await inFlight;
        return save();
      }
      dirty = false;
      const content = editor.getEditorState().read($exportLetter);
      onStatus({ kind: 'saving' });
      inFlight = call('drafts.save', { draftId: draft.id, base: base.current, content, fields: draft.fields })
        .then((result) => {
          if (result.status === 'saved') {
            base.current = result.base;
            onStatus(dirty ? { kind: 'dirty' } : { kind: 'saved', at: result.savedAt });
            onSaved();
          } else {
            stopped.current = true;
            onStatus({ kind: 'diverged' });
          }
        })
        .catch((error: unknown) => {
          dirty = true;
          onStatus({ kind: 'failed', message: errorMessage(error) });
        })
        .finally(() => {
          inFlight = undefined;
        });
      await inFlight;
    };

    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (editor.isComposing()) schedule();
        else void save();
      }, AUTOSAVE_DELAY_MS);
    };

    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, editorState }) => {
      if (stopped.current || prevEditorState.isEmpty()) return;
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      if (prevEditorState === editorState) return;
      dirty = true;
      onStatus({ kind: 'dirty' });
      schedule();
    });

    const flush = () => {
      clearTimeout(timer);
      void save();
    };
    window.addEventListener('beforeunload', flush);
    return () => {
      unregister();
      window.removeEventListener('beforeunload', flush);
      flush();
    };
  }, [editor, draft, onStatus, onSaved]);

  return null;
}
