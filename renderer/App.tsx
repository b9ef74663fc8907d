import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TemplateSummary } from '../shared/api/contract';
import type { Draft, DraftSummary, RevisionSummary } from '../shared/model/draft';
import { call, errorMessage } from './api/client';
import { CommandsProvider, useBindCommands } from './commands/CommandsContext';
import { hasNativeMenu, NativeMenuListener } from './commands/NativeMenu';
import { ShortcutListener } from './commands/ShortcutListener';
import { MenuBar } from './components/MenuBar';
import { ShortcutHelp } from './components/ShortcutHelp';
import { Toolbar } from './components/Toolbar';
import type { Autosave } from './editor/autosaveController';
import { LetterEditor } from './editor/LetterEditor';
import type { LetterMetrics } from './editor/plugins/LetterMetricsPlugin';
import { describeSaveStatus, type SaveStatus } from './editor/saveStatus';
import { DraftList } from './features/drafts/DraftList';
import { RenameDialog } from './features/drafts/RenameDialog';
import { SaveTemplateDialog } from './features/drafts/SaveTemplateDialog';
import { ProfileDialog } from './features/profile/ProfileDialog';
import { BackupsDialog } from './features/backup/BackupsDialog';
import { importTextFile, isTextFile, TEXT_ACCEPT } from './features/imports/importTextFile';
import { useDraftFileDrop } from './features/imports/useDraftFileDrop';
import { DocNumberRegisterCommand } from './features/docNumbers/DocNumberRegister';
import { isDocx } from './features/docx/wordFiles';
import { pickFile } from './features/imports/pickFile';
import { TemplatePicker } from './features/drafts/TemplatePicker';
import { CheckpointDialog } from './features/history/CheckpointDialog';
import { RevisionHistory } from './features/history/RevisionHistory';
import { createProofreadCounts, ProofreadStatus } from './features/proofread/proofreadCounts';
import { createPrintedPages, PageCount } from './features/pagemarks/printedPages';
import { loadPreferences, savePreferences } from './features/proofread/proofreadSettings';
import { ProofreadDialogs } from './features/proofread/ProofreadDialogs';
import { RetentionDialogHost } from './features/retention/RetentionDialogHost';
import { TrashDialog } from './features/trash/TrashDialog';
import { nextZoom } from './features/zoom';
import { PrintPreview } from './features/print/PrintPreview';
import { useReviewDesk } from './features/review/useReviewDesk';
import { StoreHealthNotice } from './features/backup/StoreHealthNotice';
import { useWordTransfer } from './features/docx/useWordTransfer';
import { CaseDesk } from './features/cases/CaseDesk';
import { SearchBox } from './features/cases/SearchBox';
import type { SearchHit } from '../shared/cases/caseCalls';

type DialogName = 'templates' | 'checkpoint' | 'trash' | 'shortcuts' | 'rename' | 'profile' | 'saveTemplate' | 'print' | 'pdf' | 'backups';

export function App() {
  return (
    <CommandsProvider>
      <ShortcutListener />
      <NativeMenuListener />
      <StoreHealthNotice />
      <DocNumberRegisterCommand />
      <Workspace />
    </CommandsProvider>
  );
}

function Workspace() {
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [open, setOpen] = useState<Draft | undefined>();
  const [dialog, setDialog] = useState<DialogName | undefined>();
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  // Every keystroke reports 「未保存」; only a change of state may re-render the whole window.
  const updateStatus = useCallback((next: SaveStatus) => setStatus((shown) => (shown.kind === 'dirty' && next.kind === 'dirty' ? shown : next)), []);
  const [metrics, setMetrics] = useState<LetterMetrics | undefined>();
  const [revisions, setRevisions] = useState<RevisionSummary[] | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [zoom, setZoom] = useState(1);
  const [proofreading, setProofreading] = useState(true);
  const [proofreadCounts] = useState(createProofreadCounts);
  const [printedPages] = useState(createPrintedPages);
  // Reopening the same draft (after a parallel edit) must rebuild the editor from the stored copy.
  const [loads, setLoads] = useState(0);
  const autosave = useRef<Autosave | undefined>(undefined);

  const report = useCallback((error: unknown) => setProblem(errorMessage(error)), []);
  const refreshTemplates = useCallback(() => void call('templates.list', {}).then(setTemplates, report), [report]);
  const refreshList = useCallback(() => void call('drafts.list', {}).then(setDrafts, report), [report]);
  const showHistory = useCallback((draftId: string) => void call('revisions.list', { draftId }).then(setRevisions, report), [report]);
  const onAutosave = useCallback((value: Autosave | undefined) => (autosave.current = value), []);

  useEffect(() => {
    refreshList();
    refreshTemplates();
  }, [refreshList, refreshTemplates]);

  useEffect(() => {
    document.documentElement.style.zoom = String(zoom);
  }, [zoom]);

  /** Leaves the open draft safely: its last keystrokes saved, an automatic revision cut if it changed. */
  const leaveOpenDraft = useCallback(async () => {
    await autosave.current?.flush();
    if (open) await call('drafts.close', { draftId: open.id }).catch(report);
  }, [open, report]);

  const show = useCallback(
    async (next: Promise<Draft>) => {
      try {
        const draft = await next;
        setStatus({ kind: 'idle' });
        setOpen(draft);
        setLoads((n) => n + 1);
        setRevisions((shown) => (shown ? [] : undefined));
        if (revisions) showHistory(draft.id);
        refreshList();
      } catch (error) {
        report(error);
      }
    },
    [refreshList, report, revisions, showHistory],
  );

  const openDraft = useCallback(
    async (draftId: string) => {
      await leaveOpenDraft();
      await show(call('drafts.get', { draftId }));
    },
    [leaveOpenDraft, show],
  );
  const flushEdits = useCallback(async () => void (await autosave.current?.flush()), []);
  const review = useReviewDesk({ draft: open, flush: flushEdits, openDraft, onChanged: refreshList, onError: report });
  const word = useWordTransfer({ draft: open, flush: flushEdits, leave: leaveOpenDraft, show, onNotice: setProblem, onError: report });

  const createDraft = useCallback(
    async (templateId: string) => {
      setDialog(undefined);
      await leaveOpenDraft();
      await show(call('drafts.create', { templateId }));
    },
    [leaveOpenDraft, show],
  );

  const saveCheckpoint = useCallback(
    async (note: string) => {
      setDialog(undefined);
      if (!open) return;
      try {
        await autosave.current?.flush();
        const revision = await call('revisions.checkpoint', { draftId: open.id, note: note || undefined });
        setStatus({ kind: 'saved', at: revision.time });
        // Refresh the timeline only when it is shown: saving a version must not open it.
        const timeline = await call('revisions.list', { draftId: open.id });
        setRevisions((shown) => (shown ? timeline : shown));
      } catch (error) {
        report(error);
      }
    },
    [open, report],
  );

  const deleteOpenDraft = useCallback(async () => {
    if (!open) return;
    await leaveOpenDraft();
    await call('drafts.delete', { draftId: open.id }).catch(report);
    setOpen(undefined);
    setRevisions(undefined);
    refreshList();
  }, [leaveOpenDraft, open, refreshList, report]);

  const importTextDraft = useCallback(
    async (file: File) => {
      await leaveOpenDraft();
      await show(
        importTextFile(file).then((draft) => {
          if (draft.warnings.length > 0) setProblem(`导入「${file.name}」时请核对：${draft.warnings.join('；')}`);
          return draft;
        }),
      );
    },
    [leaveOpenDraft, show],
  );
  const importText = useCallback(async () => {
    const file = await pickFile(TEXT_ACCEPT);
    if (file) await importTextDraft(file);
  }, [importTextDraft]);
  const dropTarget = useDraftFileDrop(
    [
      { accepts: isDocx, importDraft: word.importDraft },
      { accepts: isTextFile, importDraft: importTextDraft },
    ],
    report,
  );

  const saveAsTemplate = useCallback(
    async (name: string, description: string) => {
      setDialog(undefined);
      if (!open) return;
      await autosave.current?.flush();
      await call('templates.saveFromDraft', { draftId: open.id, name, description }).then(refreshTemplates, report);
    },
    [open, refreshTemplates, report],
  );

  const renameOpenDraft = useCallback(
    async (name: string) => {
      setDialog(undefined);
      if (!open) return;
      await call('drafts.rename', { draftId: open.id, name }).then(refreshList, report);
    },
    [open, refreshList, report],
  );

  /** The editor's text as saved after its last keystrokes: the working copy a comparison reads. */
  const loadWorkingCopy = useCallback(async () => {
    if (!open) throw new Error('no open draft');
    await autosave.current?.flush();
    return call('drafts.get', { draftId: open.id });
  }, [open]);

  const restoreRevision = useCallback(
    async (revision: RevisionSummary) => {
      if (!open) return;
      try {
        await autosave.current?.flush();
        await call('revisions.restore', { draftId: open.id, revisionId: revision.id });
      } catch (error) {
        return report(error);
      }
      await show(call('drafts.get', { draftId: open.id }));
    },
    [open, report, show],
  );

  useEffect(() => void loadPreferences().then((preferences) => setProofreading(preferences.on), report), [report]);
  const toggleProofreading = useCallback(() => {
    setProofreading(!proofreading);
    void loadPreferences().then((preferences) => savePreferences({ ...preferences, on: !proofreading }));
  }, [proofreading]);
  const proofreadBindings = useMemo(() => ({ 'proofread.toggle': toggleProofreading }), [toggleProofreading]);
  useBindCommands(proofreadBindings);

  // The case desk takes the editor's place while shown; the open draft stays open behind it.
  const [desk, setDesk] = useState<{ shown: boolean; caseId?: string; imports: number }>({ shown: false, imports: 0 });
  const openFromDesk = useCallback((draftId: string) => {
    setDesk({ shown: false, imports: 0 });
    void openDraft(draftId);
  }, [openDraft]);
  const openSearchHit = useCallback(
    (hit: SearchHit) => (hit.type === 'case' ? setDesk({ shown: true, caseId: hit.id, imports: 0 }) : openFromDesk(hit.id)),
    [openFromDesk],
  );
  const deskBindings = useMemo(
    () => ({
      'view.cases': () => setDesk((current) => ({ shown: !current.shown, imports: 0 })),
      'cases.import': () => setDesk((current) => ({ shown: true, imports: current.imports + 1 })),
      'search.focus': () => document.querySelector<HTMLInputElement>('.search-box input')?.focus(),
    }),
    [],
  );
  useBindCommands(deskBindings);

  const bindings = useMemo(
    () => ({
      'draft.new': () => setDialog('templates'),
      'draft.trash': () => setDialog('trash'),
      'file.profile': () => setDialog('profile'),
      'file.backups': () => setDialog('backups'),
      'file.importText': () => void importText(),
      'help.shortcuts': () => setDialog('shortcuts'),
      'view.zoomIn': () => setZoom((z) => nextZoom(z, 1)),
      'view.zoomOut': () => setZoom((z) => nextZoom(z, -1)),
      'view.zoomReset': () => setZoom(1),
      ...(open && {
        'draft.checkpoint': () => setDialog('checkpoint'),
        'draft.duplicate': () => void leaveOpenDraft().then(() => show(call('drafts.duplicate', { draftId: open.id }))),
        'draft.rename': () => setDialog('rename'),
        'draft.saveAsTemplate': () => setDialog('saveTemplate'),
        'draft.delete': () => void deleteOpenDraft(),
        'view.history': () => (revisions ? setRevisions(undefined) : showHistory(open.id)),
        // The preview prints the stored working copy: the last keystrokes are saved first.
        'file.printPreview': () => void Promise.resolve(autosave.current?.flush()).then(() => setDialog('print')),
        'file.exportPdf': () => void Promise.resolve(autosave.current?.flush()).then(() => setDialog('pdf')),
      }),
    }),
    [open, revisions, leaveOpenDraft, show, deleteOpenDraft, showHistory, importText],
  );
  useBindCommands(bindings);

  return (
    <div className="app">
      <header className="app__bar">
        <h1>答复函起草助手</h1>
        {!hasNativeMenu && <MenuBar />}
        <Toolbar />
        <SearchBox onOpen={openSearchHit} />
      </header>
      <aside className="app__side" {...dropTarget}>
        <DraftList drafts={drafts} selectedId={open?.id} onSelect={(id) => void openDraft(id)} />
      </aside>
      <main className="app__main" hidden={desk.shown}>
        {review.bar}
        {word.status}
        {problem && (
          <div role="alert" className="alert">
            {problem}
            <button type="button" onClick={() => setProblem(undefined)}>
              知道了
            </button>
          </div>
        )}
        {status.kind === 'diverged' && open && (
          <div role="alert" className="alert">
            {describeSaveStatus(status)}
            <button type="button" onClick={() => void show(call('drafts.get', { draftId: open.id }))}>
              重新打开
            </button>
          </div>
        )}
        {open ? (
          <LetterEditor key={`${open.id}:${loads}`} draft={open} onStatus={updateStatus} onSaved={refreshList} onAutosave={onAutosave} onMetrics={setMetrics} printedPages={printedPages} proofread={proofreading ? proofreadCounts : undefined}>
            {review.editorPlugin}
          </LetterEditor>
        ) : (
          <p className="app__hint">从左侧选择一份草稿，或点「新建答复」（Alt+N）从模板开始。按 F1 查看快捷键。</p>
        )}
      </main>
      {desk.shown && (
        <div className="app__main app__desk">
          <CaseDesk focusCaseId={desk.caseId} importRequests={desk.imports} onOpenDraft={openFromDesk} />
        </div>
      )}
      {review.panel}
      {revisions && open && (
        <RevisionHistory
          draft={open}
          revisions={revisions}
          loadWorkingCopy={loadWorkingCopy}
          onRestore={restoreRevision}
          onError={report}
          onClose={() => setRevisions(undefined)}
        />
      )}
      <footer className="app__status">
        <span role="status" aria-live="polite">
          {describeSaveStatus(status)}
        </span>
        {open && metrics && (
          <span className="app__metrics">
            字数 {metrics.words} · <PageCount estimate={metrics.pages} store={printedPages} />
          </span>
        )}
        {open && proofreading && <ProofreadStatus store={proofreadCounts} />}
      </footer>
      {dialog === 'templates' && <TemplatePicker templates={templates} onPick={(id) => void createDraft(id)} onCancel={() => setDialog(undefined)} onChanged={refreshTemplates} />}
      {dialog === 'checkpoint' && <CheckpointDialog onSave={(note) => void saveCheckpoint(note)} onClose={() => setDialog(undefined)} />}
      {dialog === 'trash' && <TrashDialog onClose={() => setDialog(undefined)} onRestored={refreshList} />}
      {dialog === 'rename' && open && (
        <RenameDialog
          current={drafts.find((draft) => draft.id === open.id)?.title ?? open.title}
          onRename={(name) => void renameOpenDraft(name)}
          onClose={() => setDialog(undefined)}
        />
      )}
      {dialog === 'saveTemplate' && open && (
        <SaveTemplateDialog suggestedName={open.title} onSave={(name, description) => void saveAsTemplate(name, description)} onClose={() => setDialog(undefined)} />
      )}
      {dialog === 'backups' && <BackupsDialog onClose={() => setDialog(undefined)} />}
      {dialog === 'profile' && <ProfileDialog onClose={() => setDialog(undefined)} />}
      {review.dialog}
      {dialog === 'shortcuts' && <ShortcutHelp onClose={() => setDialog(undefined)} />}
      {(dialog === 'print' || dialog === 'pdf') && open && <PrintPreview draftId={open.id} purpose={dialog} onClose={() => setDialog(undefined)} printed={printedPages} />}
      {/* Last, so that the summary before printing stands above the print preview that asks for it. */}
      <ProofreadDialogs />
      <RetentionDialogHost />
    </div>
  );
}
