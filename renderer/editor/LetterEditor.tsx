import { useMemo, useState } from 'react';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import type { Draft } from '../../shared/model/draft';
import { formatFieldValue } from '../../shared/fields/formatField';
import { useBindCommands } from '../commands/CommandsContext';
import { FindReplacePanel } from '../features/find/FindReplacePanel';
import { LETTER_NODES } from './nodes/index';
import { letterTheme } from './theme';
import { $importLetter, type FieldView } from './letterBridge';
import type { Autosave } from './autosaveController';
import { AutosavePlugin } from './plugins/AutosavePlugin';
import { EditorCommandsPlugin } from './plugins/EditorCommandsPlugin';
import { LetterMetricsPlugin, type LetterMetrics } from './plugins/LetterMetricsPlugin';
import type { SaveStatus } from './saveStatus';

interface Props {
  draft: Draft;
  onStatus: (status: SaveStatus) => void;
  onSaved: () => void;
  onAutosave: (autosave: Autosave | undefined) => void;
  onMetrics: (metrics: LetterMetrics) => void;
}

function fieldView(draft: Draft): FieldView {
  const byName = new Map(draft.fieldDefinitions.map((field) => [field.name, field]));
  return {
    text: (name) => {
      const field = byName.get(name);
      return field ? formatFieldValue(field, draft.fields[name]) : `〔${name}〕`;
    },
    filled: (name) => (draft.fields[name]?.trim() ?? '') !== '',
  };
}

export function LetterEditor({ draft, onStatus, onSaved, onAutosave, onMetrics }: Props) {
  const [find, setFind] = useState<'find' | 'replace' | undefined>();
  const initialConfig = useMemo(
    () => ({
      namespace: 'dafu-letter',
      nodes: [...LETTER_NODES],
      theme: letterTheme,
      editorState: () => $importLetter(draft.content, fieldView(draft)),
      onError: (error: Error) => {
        throw error;
      },
    }),
    [draft],
  );
  const findBindings = useMemo(() => ({ 'edit.find': () => setFind('find'), 'edit.replace': () => setFind('replace') }), []);
  useBindCommands(findBindings);

  return (
    <LexicalComposer initialConfig={initialConfig}>
      {find && <FindReplacePanel withReplace={find === 'replace'} onClose={() => setFind(undefined)} />}
      <div className="letter-sheet">
        <RichTextPlugin
          contentEditable={<ContentEditable className="letter-body" aria-label="正文" spellCheck={false} />}
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <HistoryPlugin />
      <EditorCommandsPlugin />
      <LetterMetricsPlugin onMetrics={onMetrics} />
      <AutosavePlugin draft={draft} onStatus={onStatus} onSaved={onSaved} onReady={onAutosave} />
    </LexicalComposer>
  );
}
