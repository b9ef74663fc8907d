import { useCallback, useMemo, useState } from 'react';
import type { Draft } from '../../../shared/model/draft';
import { call } from '../../api/client';
import { useBindCommands } from '../../commands/CommandsContext';
import { ComparePanel } from '../compare/ComparePanel';
import { revisionLabel } from '../compare/revisionLabels';
import type { LoadedVersion } from '../compare/versions';
import { InboxPanel, noticeText } from './InboxPanel';
import { useInbox } from './useInbox';

interface Options {
  openDraft: (draftId: string) => Promise<void>;
  onError: (error: unknown) => void;
}

/** 待我审核 as pieces the workspace places: the docked panel, the drafter's notice, and the comparison it opens. */
export function useInboxDesk({ openDraft, onError }: Options) {
  const { inbox, refresh, markRead } = useInbox(onError);
  const [shown, setShown] = useState(false);
  const [comparing, setComparing] = useState<{ draft: Draft; before: LoadedVersion; after: LoadedVersion }>();

  useBindCommands(
    useMemo(
      () => ({
        'view.inbox': () =>
          setShown((open) => {
            if (!open) refresh();
            return !open;
          }),
      }),
      [refresh],
    ),
  );

  const open = useCallback((draftId: string) => void openDraft(draftId).catch(onError), [openDraft, onError]);
  // The reviewer's last look (the version they returned) beside the text as it stands now.
  const compare = useCallback(
    (draftId: string, revisionId: string) =>
      void (async () => {
        await openDraft(draftId);
        const [draft, seen] = await Promise.all([call('drafts.get', { draftId }), call('revisions.get', { revisionId })]);
        setComparing({
          draft,
          before: { label: `我上次看过的：${revisionLabel(seen.revision)}`, content: seen.content, fields: seen.fields },
          after: { label: '现在的稿子', content: draft.content, fields: draft.fields },
        });
      })().catch(onError),
    [openDraft, onError],
  );

  const latest = inbox.notices[0];
  return {
    refresh,
    panel: shown && <InboxPanel inbox={inbox} onOpen={open} onCompare={compare} onRead={markRead} onClose={() => setShown(false)} />,
    notice: latest && (
      <div role="status" className="alert inbox-notice">
        《{latest.title}》：{noticeText(latest)}
        {inbox.notices.length > 1 && `（另有 ${inbox.notices.length - 1} 条，见「待我审核」）`}
        <button type="button" onClick={() => open(latest.draftId)}>
          打开
        </button>
        <button type="button" onClick={() => markRead(inbox.notices.map((n) => n.eventId))}>
          知道了
        </button>
      </div>
    ),
    dialog: comparing && (
      <ComparePanel
        before={comparing.before}
        after={comparing.after}
        definitions={comparing.draft.fieldDefinitions}
        draftTitle={comparing.draft.title}
        onClose={() => setComparing(undefined)}
      />
    ),
  };
}
