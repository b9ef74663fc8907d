import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { compareLetters } from '../../../shared/diff/compare';
import { REVIEW_STATE_LABELS, type Draft, type RevisionSummary } from '../../../shared/model/draft';
import { previewDocumentHtml } from '../../../shared/print/renderPrint';
import { reviewPrintHtml, reviewPrintStylesheet } from '../../../shared/review/reviewPrint';
import type { CommentThread, ReviewStatus } from '../../../shared/review/reviewSchemas';
import type { User } from '../../../shared/review/users';
import { call, errorMessage } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { changeTableRows } from '../compare/changeTable';
import { revisionLabel } from '../compare/revisionLabels';

interface Props {
  draft: Draft;
  user: User | null;
  status: ReviewStatus;
  threads: CommentThread[];
  onClose: () => void;
}

const localTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

/** The revision the change table compares against by default: the text as it stood at the last review step. */
const defaultRevision = (status: ReviewStatus, revisions: RevisionSummary[]) =>
  revisions.find((revision) => revision.id === status.log.at(-1)?.revisionId) ?? revisions[0];

/**
 * 打印审阅稿: the working copy with its comments marked and numbered, the threads as notes after it,
 * and the 修改对照表 against a chosen revision if wanted. A printout of its own: the letter's print
 * preview, PDF and Word export never show comments.
 */
export function ReviewPrintDialog({ draft, user, status, threads, onClose }: Props) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [revisions, setRevisions] = useState<RevisionSummary[]>([]);
  const [withTable, setWithTable] = useState(false);
  const [againstId, setAgainstId] = useState('');
  const [against, setAgainst] = useState<{ label: string; content: Draft['content']; fields: Draft['fields'] } | undefined>();
  const [problem, setProblem] = useState('');
  const [ready, setReady] = useState(false);

  useEffect(() => {
    call('revisions.list', { draftId: draft.id }).then(
      (list) => {
        setRevisions(list);
        setAgainstId(defaultRevision(status, list)?.id ?? '');
      },
      (error: unknown) => setProblem(errorMessage(error)),
    );
  }, [draft.id, status]);

  useEffect(() => {
    const revision = revisions.find((candidate) => candidate.id === againstId);
    if (!withTable || !revision) return setAgainst(undefined);
    call('revisions.get', { revisionId: revision.id }).then(
      ({ content, fields }) => setAgainst({ label: revisionLabel(revision), content, fields }),
      (error: unknown) => setProblem(errorMessage(error)),
    );
  }, [withTable, againstId, revisions]);

  const html = useMemo(() => {
    const definitions = draft.fieldDefinitions;
    const changeTable = against && {
      against: against.label,
      lines: changeTableRows(compareLetters({ ...against, definitions }, { content: draft.content, fields: draft.fields, definitions })),
    };
    return reviewPrintHtml({
      title: draft.title,
      stateLabel: REVIEW_STATE_LABELS[status.state],
      printedAt: localTime(new Date().toISOString()),
      printedBy: user?.name ?? '',
      document: draft.content,
      fieldDefinitions: definitions,
      fields: draft.fields,
      threads,
      formatTime: localTime,
      changeTable: withTable ? changeTable : undefined,
    });
  }, [draft, status.state, user, threads, against, withTable]);

  // Under the app's CSP the sheet is adopted through CSSOM, as the letter's print preview does.
  const adoptStyles = useCallback(() => {
    const view = frame.current?.contentWindow;
    const doc = frame.current?.contentDocument;
    if (!view || !doc) return;
    const sheet = new (view as unknown as typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(reviewPrintStylesheet());
    doc.adoptedStyleSheets = [sheet];
    setReady(true);
  }, []);

  const waitingForTable = withTable && !against;
  return (
    <Dialog
      title="打印审阅稿"
      wide
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            关闭
          </button>
          <button type="button" className="primary" disabled={!ready || waitingForTable} onClick={() => frame.current?.contentWindow?.print()}>
            打印…
          </button>
        </>
      }
    >
      <div className="print-preview">
        <fieldset className="print-preview__settings">
          <label>
            <input type="checkbox" checked={withTable} onChange={(event) => setWithTable(event.target.checked)} />
            附修改对照表
          </label>
          {withTable && (
            <label>
              与此版本相比
              <select value={againstId} onChange={(event) => setAgainstId(event.target.value)}>
                {revisions.map((revision) => (
                  <option key={revision.id} value={revision.id}>
                    {revisionLabel(revision)}
                  </option>
                ))}
              </select>
            </label>
          )}
        </fieldset>
        {problem && <p role="alert">{problem}</p>}
        <p className="print-preview__notes" role="status">
          审阅稿标出批注的位置并编号，批注附在正文后面；正式打印、导出 PDF 和 Word 时不带批注。请在打印对话框中选 A4 纸。
        </p>
        <iframe
          ref={frame}
          className="print-preview__pages"
          title="审阅稿页面"
          sandbox="allow-same-origin allow-modals"
          srcDoc={previewDocumentHtml({ bodyHtml: html })}
          onLoad={adoptStyles}
        />
      </div>
    </Dialog>
  );
}
