import { useCallback, useEffect, useState } from 'react';
import type { TemplateSummary } from '../shared/api/contract';
import type { Draft, DraftSummary } from '../shared/model/draft';
import { call, errorMessage } from './api/client';
import { LetterEditor } from './editor/LetterEditor';
import { describeSaveStatus, type SaveStatus } from './editor/saveStatus';
import { DraftList } from './features/drafts/DraftList';
import { TemplatePicker } from './features/drafts/TemplatePicker';

export function App() {
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [open, setOpen] = useState<Draft | undefined>();
  const [picking, setPicking] = useState(false);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [problem, setProblem] = useState<string | undefined>();

  const refreshList = useCallback(() => {
    call('drafts.list', {}).then(setDrafts, (error: unknown) => setProblem(errorMessage(error)));
  }, []);

  useEffect(() => {
    refreshList();
    call('templates.list', {}).then(setTemplates, (error: unknown) => setProblem(errorMessage(error)));
  }, [refreshList]);

  const openDraft = useCallback((draftId: string) => {
    setStatus({ kind: 'idle' });
    call('drafts.get', { draftId }).then(setOpen, (error: unknown) => setProblem(errorMessage(error)));
  }, []);

  const createDraft = useCallback(
    (templateId: string) => {
      setPicking(false);
      call('drafts.create', { templateId }).then(
        (draft) => {
          setStatus({ kind: 'idle' });
          setOpen(draft);
          refreshList();
        },
        (error: unknown) => setProblem(errorMessage(error)),
      );
    },
    [refreshList],
  );

  return (
    <div className="app">
      <header className="app__bar">
        <h1>答复函起草助手</h1>
        <button type="button" className="primary" onClick={() => setPicking(true)}>
          新建答复
        </button>
      </header>
      <aside className="app__side">
        <DraftList drafts={drafts} selectedId={open?.id} onSelect={openDraft} />
      </aside>
      <main className="app__main">
        {problem && (
          <div role="alert" className="alert">
            {problem}
            <button type="button" onClick={() => setProblem(undefined)}>
              知道了
            </button>
          </div>
        )}
        {open ? (
          <LetterEditor key={open.id} draft={open} onStatus={setStatus} onSaved={refreshList} />
        ) : (
          <p className="app__hint">从左侧选择一份草稿，或点「新建答复」从模板开始。</p>
        )}
      </main>
      <footer className="app__status" role="status" aria-live="polite">
        {describeSaveStatus(status)}
      </footer>
      {picking && <TemplatePicker templates={templates} onPick={createDraft} onCancel={() => setPicking(false)} />}
    </div>
  );
}
