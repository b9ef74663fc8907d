import { useCallback, useState } from 'react';
import type { SearchHit } from '../../shared/api/caseCalls';

interface DeskState {
  shown: boolean;
  /** The case a search hit asked for. */
  caseId?: string;
  /** Counts 导入交办清单 requests from the menu: each one opens the import dialog once. */
  imports: number;
}

/** The case desk takes the editor's place while shown; the open draft stays open behind it. */
export function useCaseDesk(openDraft: (draftId: string) => Promise<void>) {
  const [desk, setDesk] = useState<DeskState>({ shown: false, imports: 0 });

  const openFromDesk = useCallback(
    (draftId: string) => {
      setDesk({ shown: false, imports: 0 });
      void openDraft(draftId);
    },
    [openDraft],
  );
  const openSearchHit = useCallback(
    (hit: SearchHit) => (hit.type === 'case' ? setDesk({ shown: true, caseId: hit.id, imports: 0 }) : openFromDesk(hit.id)),
    [openFromDesk],
  );
  const toggle = useCallback(() => setDesk((current) => ({ shown: !current.shown, imports: 0 })), []);
  const importCases = useCallback(() => setDesk((current) => ({ shown: true, imports: current.imports + 1 })), []);

  return { ...desk, openDraft: openFromDesk, openSearchHit, toggle, importCases };
}

export type CaseDeskView = ReturnType<typeof useCaseDesk>;
