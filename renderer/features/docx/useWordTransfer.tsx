import { useCallback, useMemo, useState } from 'react';
import type { Draft } from '../../../shared/model/draft';
import { ApiError } from '../../../shared/api/errors';
import { call } from '../../api/client';
import { useBindCommands } from '../../commands/CommandsContext';
import { pickFile } from '../imports/pickFile';
import { useStoppableRead } from '../imports/useStoppableRead';
import { confirmOutput } from '../proofread/outputCheck';
import { DOCX_ACCEPT, downloadText, downloadWord, importWordDraft, importWordRevision, isDocx } from './wordFiles';
import { settleAllSuggestions } from './settleAllSuggestions';
import { TrackedImportChoice, type TrackedChoice } from './TrackedImportChoice';

interface Options {
  draft: Draft | undefined;
  /** Saves the editor's last keystrokes before the services read or replace the working copy. */
  flush: () => Promise<void>;
  /** Saves and closes the open draft before another one is shown. */
  leave: () => Promise<void>;
  /** Shows a draft in the editor (reporting its errors itself). */
  show: (draft: Promise<Draft>) => Promise<void>;
  onNotice: (message: string) => void;
  onError: (error: unknown) => void;
  /** Opens 逐段合并 on the waiting line of 修订 `revisionId` of the draft shown. */
  onReview: (revisionId: string) => void;
}

/** A new draft whose file had 修订: they wait for the clerk's choice. */
interface TrackedQuestion {
  draftId: string;
  revisionId: string;
  fileName: string;
  reviewers: string[];
}

interface Busy {
  label: string;
  fraction?: number;
}

const describeWarnings = (fileName: string, warnings: string[]) => `导入「${fileName}」时请核对：${warnings.join('；')}`;

/** Word and WPS in and out: import as a new draft or as a new version, export .docx and .txt; pieces the workspace places. */
export function useWordTransfer({ draft, flush, leave, show, onNotice, onError, onReview }: Options) {
  const [busy, setBusy] = useState<Busy | undefined>();
  const [question, setQuestion] = useState<TrackedQuestion | undefined>();
  const { read: readFile, stop: stopReading, reading } = useStoppableRead();
  const draftId = draft?.id;
  const progress = useCallback((label: string, fraction?: number) => setBusy({ label, fraction }), []);

  const run = useCallback(
    async (task: () => Promise<void>) => {
      try {
        await task();
      } catch (error) {
        onError(error);
      } finally {
        setBusy(undefined);
      }
    },
    [onError],
  );

  const importDraft = useCallback(
    (file: File) =>
      run(async () => {
        if (!isDocx(file)) throw new ApiError('invalid_input', `「${file.name}」不是 Word 文档（.docx）。文本文件请用「文件 → 导入文本文件」。`);
        const imported = await readFile((requestId) => importWordDraft(file, progress, requestId));
        if (!imported) return;
        if (imported.warnings.length > 0) onNotice(describeWarnings(file.name, imported.warnings));
        await leave();
        await show(Promise.resolve(imported));
        if (imported.suggestions) setQuestion({ draftId: imported.id, fileName: file.name, ...imported.suggestions });
      }),
    [leave, onNotice, progress, readFile, run, show],
  );

  const answer = useCallback(
    (choice: TrackedChoice) => {
      if (!question) return;
      const { draftId: id, revisionId, fileName } = question;
      if (choice === 'review') {
        setQuestion(undefined);
        onReview(revisionId);
        return;
      }
      void run(async () => {
        setBusy({ label: choice === 'accept' ? '正在接受全部修订' : '正在保留原稿' });
        await settleAllSuggestions(id, revisionId, choice);
        setQuestion(undefined);
        await show(call('drafts.get', { draftId: id }));
        onNotice(`「${fileName}」的修订已${choice === 'accept' ? '全部接受' : '全部不接受'}，修订前后的文字都留在版本记录里。`);
      });
    },
    [onNotice, onReview, question, run, show],
  );

  const importRevision = useCallback(
    () =>
      run(async () => {
        if (!draftId) return;
        const file = await pickFile(DOCX_ACCEPT);
        if (!file) return;
        await flush();
        const imported = await readFile((requestId) => importWordRevision(draftId, file, progress, requestId));
        if (!imported) return;
        await show(call('drafts.get', { draftId }));
        const { warnings } = imported;
        onNotice(warnings.length > 0 ? describeWarnings(file.name, warnings) : `已把「${file.name}」导入为新版本，可在版本记录里与上一版本比较。`);
      }),
    [draftId, flush, onNotice, progress, readFile, run, show],
  );

  const exportAs = useCallback(
    (download: (id: string) => Promise<string>) =>
      run(async () => {
        if (!draftId) return;
        await flush();
        if (!(await confirmOutput(draftId, 'export'))) return;
        setBusy({ label: '正在导出' });
        onNotice(`已导出「${await download(draftId)}」。`);
      }),
    [draftId, flush, onNotice, run],
  );

  const bindings = useMemo(
    () => ({
      'file.importWord': () => void pickFile(DOCX_ACCEPT).then((file) => file && importDraft(file)),
      ...(draftId && {
        'file.importWordRevision': () => void importRevision(),
        'file.exportWord': () => void exportAs(downloadWord),
        'file.exportText': () => void exportAs(downloadText),
      }),
    }),
    [draftId, exportAs, importDraft, importRevision],
  );
  useBindCommands(bindings);

  const choice = question && (
    <TrackedImportChoice
      fileName={question.fileName}
      reviewers={question.reviewers}
      busy={busy !== undefined}
      onChoose={answer}
      onClose={() => setQuestion(undefined)}
    />
  );
  const progressBar = busy && (
    <div className="word-transfer" aria-live="polite">
      {busy.label}……
      <progress aria-label="进度" max={1} value={busy.fraction} />
      {reading && (
        <button type="button" onClick={stopReading}>
          停止读取
        </button>
      )}
    </div>
  );
  const status = (
    <>
      {progressBar}
      {choice}
    </>
  );

  return { importDraft, status };
}
