import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api/client';
import { hasNativeMenu } from '../commands/NativeMenu';
import { MenuBar } from '../components/MenuBar';
import { Toolbar } from '../components/Toolbar';
import { LetterEditor } from './LetterEditor';
import type { LetterMetrics } from '../editor/plugins/LetterMetricsPlugin';
import { describeSaveStatus } from '../editor/saveStatus';
import { CaseDesk } from '../features/cases/CaseDesk';
import { SearchBox } from '../features/cases/SearchBox';
import { useWordTransfer } from '../features/docx/useWordTransfer';
import { isDocx } from '../features/docx/wordFiles';
import { DamagedDraftNotice } from '../features/recovery/DamagedDraftNotice';
import { RevisionHistory } from '../features/history/RevisionHistory';
import { useInboxDesk } from '../features/inbox/useInboxDesk';
import { isTextFile } from '../features/imports/importTextFile';
import { useDraftFileDrop } from '../features/imports/useDraftFileDrop';
import { useTextImport } from '../features/imports/useTextImport';
import { createPrintedPages } from '../features/print/printedPages';
import { createProofreadCounts } from '../features/proofread/proofreadCounts';
import { useProofreadingSwitch } from '../features/proofread/useProofreadingSwitch';
import { useReviewDesk } from '../features/review/useReviewDesk';
import { DialogHost } from './DialogHost';
import { DockColumns, useDockMeasure } from './dock/DockColumns';
import { DockPanel, DockProvider, useCreateDock } from './dock/DockPanel';
import { useRevealOnUse } from './dock/useRevealOnUse';
import { DraftSide } from './DraftSide';
import { StatusBar } from './StatusBar';
import { useCaseDesk } from './useCaseDesk';
import { useDraftList } from './useDraftList';
import { useOpenDraft } from './useOpenDraft';
import { useRevisionTimeline } from './useRevisionTimeline';
import { useWorkspaceCommands } from './useWorkspaceCommands';

/** The main window: draft list, editor or case desk, the panels docked beside them, status bar and dialogs. */
export function Workspace() {
  const dock = useCreateDock();
  const row = useRef<HTMLDivElement>(null);
  useDockMeasure(dock, row);
  useRevealOnUse(dock);
  const [problem, setProblem] = useState<string | undefined>();
  const report = useCallback((error: unknown) => setProblem(errorMessage(error)), []);
  const [metrics, setMetrics] = useState<LetterMetrics | undefined>();
  const [proofreadCounts] = useState(createProofreadCounts);
  const [printedPages] = useState(createPrintedPages);

  const list = useDraftList(report);
  const timeline = useRevisionTimeline(report);
  const current = useOpenDraft({ timeline, refreshList: list.refresh, report });
  const { draft } = current;
  const inbox = useInboxDesk({ openDraft: current.open, onError: report });
  const { refresh: refreshList } = list;
  const { refresh: refreshInbox } = inbox;
  const afterReviewStep = useCallback(() => (refreshList(), refreshInbox()), [refreshList, refreshInbox]);
  // A damaged draft is read-only until the clerk decides: no review steps or comments on it meanwhile.
  const review = useReviewDesk({
    draft: draft?.damage ? undefined : draft,
    flush: current.flush,
    openDraft: current.open,
    onChanged: afterReviewStep,
    onError: report,
  });
  const word = useWordTransfer({
    draft,
    flush: current.flush,
    leave: current.leave,
    show: current.show,
    onNotice: setProblem,
    onError: report,
    onReview: review.merge,
  });
  const textImport = useTextImport({ leave: current.leave, show: current.show, onNotice: setProblem });
  const dropTarget = useDraftFileDrop(
    [
      { accepts: isDocx, importDraft: word.importDraft },
      { accepts: isTextFile, importDraft: textImport.importFile },
    ],
    report,
  );
  const proofreading = useProofreadingSwitch(report);
  const desk = useCaseDesk(current.open);
  useEffect(() => dock.setSuspended(desk.shown), [dock, desk.shown]);
  const locked = draft?.damage ? '这份草稿已损坏，只能查看' : review.locked ? '已签发，正文已锁定' : undefined;
  useWorkspaceCommands({ current, timeline, desk, toggleProofreading: proofreading.toggle, importText: textImport.pickAndImport, locked });

  return (
    <DockProvider value={dock}>
      <div className="app">
        <header className="app__bar">
          <h1>答复函起草助手</h1>
          {!hasNativeMenu && <MenuBar />}
          <SearchBox onOpen={desk.openSearchHit} onDateFilter={(iso) => list.setFilter({ signedFrom: iso, signedTo: iso })} />
          <Toolbar />
        </header>
        <div className="app__body" ref={row}>
          <DraftSide
            dock={dock}
            drafts={list.drafts}
            filter={list.filter}
            onFilter={list.setFilter}
            selectedId={draft?.id}
            onSelect={(id) => void current.open(id)}
            dropTarget={dropTarget}
          />
          <main className="app__main" hidden={desk.shown}>
            {review.bar}
            {inbox.notice}
            {word.status}
            {problem && (
              <div role="alert" className="alert">
                {problem}
                <button type="button" onClick={() => setProblem(undefined)}>
                  知道了
                </button>
              </div>
            )}
            {current.saveStatus.kind === 'diverged' && draft && (
              <div role="alert" className="alert">
                {describeSaveStatus(current.saveStatus)}
                <button type="button" onClick={() => void current.reload()}>
                  重新打开
                </button>
              </div>
            )}
            {draft?.damage && <DamagedDraftNotice draft={{ ...draft, damage: draft.damage }} onRecover={current.recover} />}
            {draft ? (
              <LetterEditor
                key={current.editorKey}
                draft={draft}
                readOnly={draft.damage !== undefined}
                onStatus={current.onEditorStatus}
                onSaved={list.refresh}
                onAutosave={current.onAutosave}
                onMetrics={setMetrics}
                printedPages={printedPages}
                proofread={proofreading.on ? proofreadCounts : undefined}
              >
                {review.editorPlugin}
              </LetterEditor>
            ) : (
              <p className="app__hint">从左侧选择一份草稿，或点「新建答复」（Alt+N）从模板开始。按 F1 查看快捷键。</p>
            )}
          </main>
          {desk.shown && (
            <div className="app__main app__desk">
              <CaseDesk focusCaseId={desk.caseId} importRequests={desk.imports} onOpenDraft={desk.openDraft} />
            </div>
          )}
          <DockColumns store={dock} />
        </div>
        {review.panel ? <DockPanel id="comments">{review.panel}</DockPanel> : null}
        {inbox.panel ? <DockPanel id="inbox">{inbox.panel}</DockPanel> : null}
        {inbox.dialog}
        {timeline.revisions && draft && (
          <RevisionHistory
            draft={draft}
            revisions={timeline.revisions}
            compareWanted={timeline.compareWanted}
            onCompareTaken={timeline.compareTaken}
            loadWorkingCopy={current.loadWorkingCopy}
            onRestore={current.restore}
            onError={report}
            onClose={timeline.close}
          />
        )}
        <StatusBar
          saveStatus={current.saveStatus}
          metrics={draft && metrics}
          printedPages={printedPages}
          proofreadCounts={draft && proofreading.on ? proofreadCounts : undefined}
        />
        <DialogHost
          current={current}
          drafts={list.drafts}
          onDraftsChanged={list.refresh}
          printedPages={printedPages}
          reviewDialogs={review.dialog}
          onError={report}
        />
      </div>
    </DockProvider>
  );
}
