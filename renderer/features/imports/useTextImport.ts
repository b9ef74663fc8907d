import { useCallback } from 'react';
import { ApiError } from '../../../shared/api/errors';
import type { Draft } from '../../../shared/model/draft';
import { TOO_BIG_FOR_ONE_LETTER } from '../../../shared/model/letterProblems';
import { importTextFile, TEXT_ACCEPT } from './importTextFile';
import { pickFile } from './pickFile';

interface Options {
  /** Saves and closes the open draft before another one is shown. */
  leave: () => Promise<void>;
  /** Shows a draft in the editor (reporting its errors itself). */
  show: (draft: Promise<Draft>) => Promise<void>;
  onNotice: (message: string) => void;
}

/** A plain-text letter as a new draft: picked from the 文件 menu or dropped on the draft list. */
export function useTextImport({ leave, show, onNotice }: Options) {
  const importFile = useCallback(
    async (file: File) => {
      await leave();
      await show(
        importTextFile(file)
          .catch((error: unknown) => {
            // A text too long for one draft is not lost: the clerk may take it in as several drafts.
            if (!(error instanceof ApiError) || !error.message.includes(TOO_BIG_FOR_ONE_LETTER)) throw error;
            if (!window.confirm(`${error.message}\n\n要按原来的顺序分成几份草稿导入吗？`)) throw error;
            return importTextFile(file, true);
          })
          .then((draft) => {
            if (draft.parts.length > 1) onNotice(`「${file.name}」已分成 ${draft.parts.length} 份草稿导入，这是第 1 份，其余几份在草稿列表里。`);
            else if (draft.warnings.length > 0) onNotice(`导入「${file.name}」时请核对：${draft.warnings.join('；')}`);
            return draft;
          }),
      );
    },
    [leave, show, onNotice],
  );

  const pickAndImport = useCallback(async () => {
    const file = await pickFile(TEXT_ACCEPT);
    if (file) await importFile(file);
  }, [importFile]);

  return { importFile, pickAndImport };
}
