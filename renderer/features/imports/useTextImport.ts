import { useCallback } from 'react';
import type { Draft } from '../../../shared/model/draft';
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
        importTextFile(file).then((draft) => {
          if (draft.warnings.length > 0) onNotice(`导入「${file.name}」时请核对：${draft.warnings.join('；')}`);
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
