import { useMemo, useState, type ReactNode } from 'react';
import type { DraftSummary } from '../../shared/model/draft';
import { call } from '../api/client';
import { useBindCommands } from '../commands/CommandsContext';
import { ShortcutHelp } from '../components/ShortcutHelp';
import { BackupsDialog } from '../features/backup/BackupsDialog';
import { RenameDialog } from '../features/drafts/RenameDialog';
import { SaveTemplateDialog } from '../features/drafts/SaveTemplateDialog';
import { TemplatePicker } from '../features/drafts/TemplatePicker';
import { CheckpointDialog } from '../features/history/CheckpointDialog';
import type { PrintedPagesStore } from '../features/print/printedPages';
import { PrintPreview } from '../features/print/PrintPreview';
import { ProfileDialog } from '../features/profile/ProfileDialog';
import { ProofreadDialogs } from '../features/proofread/ProofreadDialogs';
import { RetentionDialogHost } from '../features/retention/RetentionDialogHost';
import { TrashDialog } from '../features/trash/TrashDialog';
import type { OpenDraft } from './useOpenDraft';
import { useTemplates } from './useTemplates';

type DialogName = 'templates' | 'checkpoint' | 'trash' | 'shortcuts' | 'rename' | 'profile' | 'saveTemplate' | 'print' | 'pdf' | 'backups';

interface Props {
  current: OpenDraft;
  drafts: DraftSummary[];
  onDraftsChanged: () => void;
  printedPages: PrintedPagesStore;
  /** The review desk's dialogs, placed among these because a dialog later in the page stacks above an earlier one. */
  reviewDialogs: ReactNode;
  onError: (error: unknown) => void;
}

/** The workspace's dialogs, each opened by its command; one at a time. */
export function DialogHost({ current, drafts, onDraftsChanged, printedPages, reviewDialogs, onError }: Props) {
  const [dialog, setDialog] = useState<DialogName | undefined>();
  const { templates, refresh: refreshTemplates } = useTemplates(onError);
  const { draft, flush } = current;

  const bindings = useMemo(
    () => ({
      'draft.new': () => setDialog('templates'),
      'draft.trash': () => setDialog('trash'),
      'file.profile': () => setDialog('profile'),
      'file.backups': () => setDialog('backups'),
      'help.shortcuts': () => setDialog('shortcuts'),
      ...(draft && {
        'draft.checkpoint': () => setDialog('checkpoint'),
        'draft.rename': () => setDialog('rename'),
        'draft.saveAsTemplate': () => setDialog('saveTemplate'),
        // The preview prints the stored working copy: the last keystrokes are saved first.
        'file.printPreview': () => void flush().then(() => setDialog('print')),
        'file.exportPdf': () => void flush().then(() => setDialog('pdf')),
      }),
    }),
    [draft, flush],
  );
  useBindCommands(bindings);

  const close = () => setDialog(undefined);
  const closeThen = (action: () => Promise<void>) => {
    close();
    void action();
  };
  const saveAsTemplate = async (name: string, description: string) => {
    if (!draft) return;
    await flush();
    await call('templates.saveFromDraft', { draftId: draft.id, name, description }).then(refreshTemplates, onError);
  };

  return (
    <>
      {dialog === 'templates' && (
        <TemplatePicker templates={templates} onPick={(id) => closeThen(() => current.create(id))} onCancel={close} onChanged={refreshTemplates} />
      )}
      {dialog === 'checkpoint' && <CheckpointDialog onSave={(note) => closeThen(() => current.saveCheckpoint(note))} onClose={close} />}
      {dialog === 'trash' && <TrashDialog onClose={close} onRestored={onDraftsChanged} />}
      {dialog === 'rename' && draft && (
        <RenameDialog
          current={drafts.find((listed) => listed.id === draft.id)?.title ?? draft.title}
          onRename={(name) => closeThen(() => current.rename(name))}
          onClose={close}
        />
      )}
      {dialog === 'saveTemplate' && draft && (
        <SaveTemplateDialog suggestedName={draft.title} onSave={(name, description) => closeThen(() => saveAsTemplate(name, description))} onClose={close} />
      )}
      {dialog === 'backups' && <BackupsDialog onClose={close} />}
      {dialog === 'profile' && <ProfileDialog onClose={close} />}
      {reviewDialogs}
      {dialog === 'shortcuts' && <ShortcutHelp onClose={close} />}
      {(dialog === 'print' || dialog === 'pdf') && draft && <PrintPreview draftId={draft.id} purpose={dialog} onClose={close} printed={printedPages} />}
      {/* Last, so that the summary before printing stands above the print preview that asks for it. */}
      <ProofreadDialogs />
      <RetentionDialogHost />
    </>
  );
}
