import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import type { Draft } from '../../shared/model/draft';
import type { FieldValues } from '../../shared/fields/fieldDefinition';
import { useBindCommands } from '../commands/CommandsContext';
import { DockPanel, useDock } from './dock/DockPanel';
import { useRememberedSwitch } from './dock/useRememberedSwitch';
import { FieldForm } from '../features/fields/FieldForm';
import { FindReplacePanel } from '../features/find/FindReplacePanel';
import { LETTER_NODES } from '../editor/nodes/index';
import { letterTheme } from '../editor/theme';
import { fieldView } from '../editor/fieldView';
import { $importLetter } from '../editor/letterBridge';
import type { Autosave } from '../editor/autosaveController';
import { AutosavePlugin } from '../editor/plugins/AutosavePlugin';
import { EditorCommandsPlugin } from '../editor/plugins/EditorCommandsPlugin';
import { TablesPlugin } from '../editor/tables/TablesPlugin';
import { FieldSyncPlugin } from '../editor/plugins/FieldSyncPlugin';
import { PastePlugin } from '../editor/plugins/PastePlugin';
import { PasteRecognitionPlugin } from '../editor/plugins/PasteRecognitionPlugin';
import { LetterMetricsPlugin, type LetterMetrics } from '../editor/plugins/LetterMetricsPlugin';
import { ProofreadPlugin } from '../features/proofread/ProofreadPlugin';
import { PageMarksPlugin } from '../features/pagemarks/PageMarksPlugin';
import type { PrintedPagesStore } from '../features/print/printedPages';
import type { ProofreadCountsStore } from '../features/proofread/proofreadCounts';
import type { SaveStatus } from '../editor/saveStatus';

interface Props {
  draft: Draft;
  onStatus: (status: SaveStatus) => void;
  onSaved: () => void;
  onAutosave: (autosave: Autosave | undefined) => void;
  onMetrics: (metrics: LetterMetrics) => void;
  /** The printed page count, while 显示分页 has laid out the text on screen. */
  printedPages: PrintedPagesStore;
  /** 校对 on: findings marked in the text and listed beside it, their counts kept in this store. */
  proofread?: ProofreadCountsStore;
  /** Plugins from features that need the editor (review comments), rendered inside it. */
  children?: ReactNode;
  /** Shown only, never saved: a damaged draft until the clerk decides what to do with it. */
  readOnly?: boolean;
}

export function LetterEditor({ draft, onStatus, onSaved, onAutosave, onMetrics, printedPages, proofread, children, readOnly = false }: Props) {
  const dock = useDock();
  const [find, setFind] = useState<'find' | 'replace' | undefined>();
  const [findFocus, setFindFocus] = useState(0);
  const hasForm = draft.fieldDefinitions.some((field) => !field.follows);
  const [formShown, toggleForm] = useRememberedSwitch('dafu.panels.fields', true);
  const [fields, setFields] = useState<FieldValues>(draft.fields);
  const latestFields = useRef(fields);
  const autosave = useRef<Autosave | undefined>(undefined);
  const view = useMemo(() => fieldView(draft.fieldDefinitions, fields), [draft.fieldDefinitions, fields]);
  const getFields = useCallback(() => latestFields.current, []);
  const onReady = useCallback(
    (value: Autosave | undefined) => {
      autosave.current = value;
      onAutosave(value);
    },
    [onAutosave],
  );
  const changeField = useCallback((name: string, value: string) => {
    latestFields.current = { ...latestFields.current, [name]: value };
    setFields(latestFields.current);
    autosave.current?.changed();
  }, []);
  const initialConfig = useMemo(
    () => ({
      namespace: 'dafu-letter',
      nodes: [...LETTER_NODES],
      theme: letterTheme,
      editable: !readOnly,
      editorState: () => $importLetter(draft.content, fieldView(draft.fieldDefinitions, draft.fields)),
      onError: (error: Error) => {
        throw error;
      },
    }),
    [draft, readOnly],
  );
  // 查找 and 替换 open the panel or bring it forward with the cursor in it; pressed there again, they close it.
  const panelBindings = useMemo(() => {
    const openFind = (mode: 'find' | 'replace') => {
      const typingThere = document.activeElement?.closest('.find-panel') != null;
      setFind((shown) => (shown === mode && typingThere ? undefined : mode));
      setFindFocus((count) => count + 1);
      dock?.reveal('find');
    };
    return {
      'edit.find': () => openFind('find'),
      'edit.replace': () => openFind('replace'),
      'view.fields': hasForm ? toggleForm : { unavailable: '这份草稿的模板没有要填的要素' },
    };
  }, [dock, hasForm, toggleForm]);
  useBindCommands(panelBindings);

  return (
    <LexicalComposer initialConfig={initialConfig}>
      {find && (
        <DockPanel id="find">
          <FindReplacePanel withReplace={find === 'replace'} focusRequest={findFocus} onClose={() => setFind(undefined)} />
        </DockPanel>
      )}
      <div className="letter-sheet">
        <RichTextPlugin
          contentEditable={<ContentEditable className="letter-body" aria-label="正文" spellCheck={false} />}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <PasteRecognitionPlugin definitions={draft.fieldDefinitions} getFields={getFields} onFieldChange={changeField} />
      </div>
      {hasForm && formShown && (
        <DockPanel id="fields">
          <FieldForm definitions={draft.fieldDefinitions} values={fields} onChange={changeField} draftId={draft.id} onClose={toggleForm} />
        </DockPanel>
      )}
      <HistoryPlugin />
      <PastePlugin />
      <EditorCommandsPlugin />
      <TablesPlugin />
      <LetterMetricsPlugin onMetrics={onMetrics} />
      <FieldSyncPlugin view={view} />
      <PageMarksPlugin definitions={draft.fieldDefinitions} fields={fields} printed={printedPages} />
      {!readOnly && <AutosavePlugin draft={draft} getFields={getFields} onStatus={onStatus} onSaved={onSaved} onReady={onReady} />}
      {proofread && <ProofreadPlugin draftId={draft.id} counts={proofread} fields={fields} />}
      {children}
    </LexicalComposer>
  );
}
