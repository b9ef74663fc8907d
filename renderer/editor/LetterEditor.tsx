import { useMemo } from 'react';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import type { Draft } from '../../shared/model/draft';
import { formatFieldValue } from '../../shared/fields/formatField';
import { LETTER_NODES } from './nodes/index';
import { letterTheme } from './theme';
import { $importLetter, type FieldView } from './letterBridge';
import { AutosavePlugin } from './plugins/AutosavePlugin';
import type { SaveStatus } from './saveStatus';

interface Props {
  draft: Draft;
  onStatus: (status: SaveStatus) => void;
  onSaved: () => void;
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

export function LetterEditor({ draft, onStatus, onSaved }: Props) {
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

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="letter-sheet">
        <RichTextPlugin
          contentEditable={<ContentEditable className="letter-body" aria-label="正文" spellCheck={false} />}
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <HistoryPlugin />
      <AutosavePlugin draft={draft} onStatus={onStatus} onSaved={onSaved} />
    </LexicalComposer>
  );
}
