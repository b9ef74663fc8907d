import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Draft } from '../../../shared/model/draft';
import type { CommentAnchor } from '../../../shared/review/commentAnchor';
import type { CommentThread, ReviewStatus } from '../../../shared/review/reviewSchemas';
import { isLocked, TRANSITIONS, type TransitionRequest } from '../../../shared/review/reviewStates';
import type { User, UserInput } from '../../../shared/review/users';
import type { KeyStatus } from '../../../shared/api/keyCalls';
import type { CallOutput } from '../../../shared/api/contract';
import { call } from '../../api/client';
import { useBindCommands } from '../../commands/CommandsContext';
import { ComparePanel } from '../compare/ComparePanel';
import type { LoadedVersion } from '../compare/versions';
import { CommentsPanel } from './CommentsPanel';
import { describeImport, downloadPackage, packageData, pickPackageFile } from './packageTransfer';
import { useOpenedPackages } from './useOpenedPackages';
import { useStoppableRead } from '../imports/useStoppableRead';
import { ReviewBar } from './ReviewBar';
import { ReviewEditorPlugin } from './ReviewEditorPlugin';
import { FirstUserPrompt, UserDialog } from './UserDialog';
import { MergeEditor } from './MergeEditor';
import { ReviewPrintDialog } from './ReviewPrintDialog';
import { KeysDialog } from './KeysDialog';
import { useSigning } from './useSigning';
import { sendChoices } from '../../../shared/trust/recipientChoices';
import { useSyncStatus } from '../sync/syncStatusStore';
import type { ReviewAction } from '../../../shared/review/reviewStates';

interface Options {
  draft: Draft | undefined;
  /** Saves the editor's last keystrokes before the services read the working copy. */
  flush: () => Promise<void>;
  /** Opens a draft afresh in the editor (after an import or merge changed its text). */
  openDraft: (draftId: string) => Promise<void>;
  onChanged: () => void;
  onError: (error: unknown) => void;
}

/** Review between people: who is at the keyboard, the state bar, comments, and packages, as pieces the workspace places. */
export function useReviewDesk({ draft, flush, openDraft, onChanged, onError }: Options) {
  const [user, setUser] = useState<User | null>(null);
  const [known, setKnown] = useState<User[]>([]);
  const [askUser, setAskUser] = useState(false);
  const [status, setStatus] = useState<ReviewStatus | undefined>();
  const [threads, setThreads] = useState<CommentThread[]>([]);
  const [panel, setPanel] = useState(false);
  const [pending, setPending] = useState<CommentAnchor | undefined>();
  const [notice, setNotice] = useState('');
  const { read: readPackage, stop: stopReading, reading } = useStoppableRead();
  const [comparing, setComparing] = useState<[LoadedVersion, LoadedVersion] | undefined>();
  const [merging, setMerging] = useState<string | undefined>();
  const [printing, setPrinting] = useState<Draft | undefined>();
  const [keys, setKeys] = useState<KeyStatus | undefined>();
  const [showKeys, setShowKeys] = useState(false);
  const [recipients, setRecipients] = useState<CallOutput<'inbox.recipients'>>({ unit: '', options: [] });
  const { signing, dialog: pinDialog } = useSigning();
  const readSelection = useRef<() => CommentAnchor | undefined>(() => undefined);
  const draftId = draft?.id;

  // The key list names whom a step can be sent to; it changes with the keys (a sync brings a newer list).
  const refreshKeys = useCallback(() => {
    void call('keys.status', {}).then(setKeys, onError);
    void call('inbox.recipients', {}).then(setRecipients, onError);
  }, [onError]);

  useEffect(() => {
    void call('users.current', {}).then((current) => {
      setUser(current);
    }, onError);
    void call('users.list', {}).then(setKnown, onError);
    refreshKeys();
  }, [onError, refreshKeys]);

  const refresh = useCallback(async () => {
    if (!draftId) return setStatus(undefined);
    try {
      const [nextStatus, nextThreads] = await Promise.all([call('review.status', { draftId }), call('comments.list', { draftId })]);
      setStatus(nextStatus);
      setThreads(nextThreads);
    } catch (error) {
      onError(error);
    }
  }, [draftId, onError]);

  useEffect(() => {
    setPending(undefined);
    setComparing(undefined);
    setMerging(undefined);
    setPrinting(undefined);
    void refresh();
  }, [refresh]);

  // The same draft shown afresh (a .docx with 修订 imported beside it) may have lines waiting to be merged and new comments.
  useEffect(() => void (draft && refresh()), [draft, refresh]);

  // A sync may have brought steps and comments on the open draft from other PCs.
  const lastSyncAt = useSyncStatus()?.lastSyncAt;
  useEffect(() => void (lastSyncAt && refresh()), [lastSyncAt, refresh]);

  const saveUser = useCallback(
    async (next: UserInput) => {
      try {
        setUser(await call('users.set', next));
        setKnown(await call('users.list', {}));
        setAskUser(false);
        refreshKeys();
      } catch (error) {
        onError(error);
      }
    },
    [onError, refreshKeys],
  );

  const run = useCallback(
    async (work: () => Promise<unknown>) => {
      try {
        await work();
      } catch (error) {
        onError(error);
      }
      await refresh();
    },
    [onError, refresh],
  );

  const transition = (request: TransitionRequest) =>
    draftId &&
    void run(async () => {
      await flush();
      // Each step is signed with the user's key: the PIN is asked for when it is not remembered.
      await signing(() => call('review.transition', { draftId, ...request }));
      refreshKeys();
      onChanged();
    });

  const startComment = useCallback(() => {
    const anchor = readSelection.current();
    if (!anchor) return onError(new Error('请先在正文中选中要批注的文字（在同一段或同一个单元格内）。'));
    void flush().then(() => {
      setPending(anchor);
      setPanel(true);
    });
  }, [flush, onError]);

  const importPackage = (pending: Promise<string | undefined>) =>
    void run(async () => {
      const data = await pending;
      if (!data) return;
      await flush();
      const report = await readPackage((requestId) => call('package.import', { data, requestId }));
      if (!report) return;
      setNotice(describeImport(report));
      refreshKeys();
      await openDraft(report.draftId);
      onChanged();
    });
  useOpenedPackages((data) => importPackage(Promise.resolve(data)));

  // The editor's last keystrokes are saved first: the merge editor and the printout read the stored working copy.
  const merge = (revisionId: string) => void run(async () => (await flush(), setMerging(revisionId)));
  const printReview = useCallback(
    () => draftId && void run(async () => (await flush(), setPrinting(await call('drafts.get', { draftId })))),
    [draftId, flush, run],
  );

  /** The reconciliation view: the current text beside the other PC's line that waits to be merged. */
  const compare = (revisionId: string) =>
    draftId &&
    void run(async () => {
      await flush();
      const [current, other] = await Promise.all([call('drafts.get', { draftId }), call('revisions.get', { revisionId })]);
      setComparing([
        { label: '当前稿', content: current.content, fields: current.fields },
        { label: `待合并：${other.revision.author} 的修改`, content: other.content, fields: other.fields },
      ]);
    });

  // The toolbar's 提交审核 and the 批注 panel's toggle (the workspace docks the panel).
  const submit = useRef<() => void>(() => undefined);
  // From the toolbar, without the bar's choice: to the 科室's reviewers (whoever they are when it is read) when the key list names any.
  const ours = recipients.options.some((option) => option.role === 'reviewer' && option.unit === recipients.unit);
  const toOurs = ours ? [{ unit: recipients.unit }] : undefined;
  useEffect(() => void (submit.current = () => transition({ action: 'submit', sentTo: toOurs })));
  const submittable = status !== undefined && TRANSITIONS.submit.from.includes(status.state);
  const bindings = useMemo(
    () =>
      draftId
        ? {
            'review.comment': startComment,
            'file.printReview': printReview,
            'view.comments': () => setPanel((shown) => !shown),
            'review.submit': submittable ? () => submit.current() : { unavailable: '只有起草中或退回修改的草稿才能提交审核' },
          }
        : {},
    [draftId, startComment, printReview, submittable],
  );
  useBindCommands(bindings);

  const onReady = useCallback((reader: () => CommentAnchor | undefined) => (readSelection.current = reader), []);
  const locked = status ? isLocked(status.state) : false;

  return {
    locked,
    merge,
    bar: (
      <>
        {!user && <FirstUserPrompt onSave={(next) => void saveUser(next)} />}
        <ReviewBar
          user={user}
          status={status}
          commentsOpen={threads.filter((thread) => !thread.resolvedAt).length}
          onSwitchUser={() => setAskUser(true)}
          onTransition={transition}
          onToggleComments={() => setPanel((shown) => !shown)}
          onExport={() => draftId && void run(async () => setNotice(`已导出草稿包「${await flush().then(() => signing(() => downloadPackage(draftId)))}」。`))}
          onImport={() => importPackage(pickPackageFile().then(packageData))}
          onMerge={merge}
          onCompare={compare}
          onPrintReview={printReview}
          onKeys={() => setShowKeys(true)}
          acting={keys?.personal?.certified && !keys.personal.certified.revokedAt ? keys.personal.certified : null}
          sendChoices={(action: ReviewAction) => sendChoices(action, recipients.options, recipients.unit)}
        />
        {reading && (
          <p className="review-notice" role="status">
            正在读取草稿包……
            <button type="button" onClick={stopReading}>
              停止读取
            </button>
          </p>
        )}
        {notice && (
          <p className="review-notice" aria-live="polite">
            {notice}
            <button type="button" onClick={() => setNotice('')}>
              知道了
            </button>
          </p>
        )}
      </>
    ),
    editorPlugin: draftId && <ReviewEditorPlugin threads={threads} locked={locked} onReady={onReady} />,
    panel: panel && draftId && (
      <CommentsPanel
        threads={threads}
        pending={pending}
        onAdd={(body) => pending && void run(() => call('comments.add', { draftId, anchor: pending, body }).then(() => setPending(undefined)))}
        onCancel={() => setPending(undefined)}
        onReply={(commentId, body) => void run(() => call('comments.reply', { commentId, body }))}
        onResolve={(commentId, resolved) => void run(() => call('comments.resolve', { commentId, resolved }))}
        onClose={() => setPanel(false)}
      />
    ),
    dialog: (
      <>
        {pinDialog}
        {showKeys && (
          <KeysDialog
            signing={signing}
            onClose={() => {
              setShowKeys(false);
              refreshKeys();
            }}
            onVerifiedAgain={() => {
              refreshKeys();
              void refresh();
              onChanged();
            }}
          />
        )}
        {askUser && <UserDialog current={user} known={known} onSave={(next) => void saveUser(next)} onClose={() => setAskUser(false)} />}
        {merging && draftId && draft && (
          <MergeEditor
            draftId={draftId}
            revisionId={merging}
            definitions={draft.fieldDefinitions}
            onMerged={() => void run(async () => (setMerging(undefined), await openDraft(draftId), onChanged()))}
            onClose={() => setMerging(undefined)}
          />
        )}
        {printing && status && <ReviewPrintDialog draft={printing} user={user} status={status} threads={threads} onClose={() => setPrinting(undefined)} />}
        {comparing && draft && (
          <ComparePanel
            before={comparing[0]}
            after={comparing[1]}
            definitions={draft.fieldDefinitions}
            draftTitle={draft.title}
            onClose={() => setComparing(undefined)}
          />
        )}
      </>
    ),
  };
}
