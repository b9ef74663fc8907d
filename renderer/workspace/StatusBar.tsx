import type { LetterMetrics } from '../editor/plugins/LetterMetricsPlugin';
import { describeSaveStatus, type SaveStatus } from '../editor/saveStatus';
import { PageCount, type PrintedPagesStore } from '../features/print/printedPages';
import { ProofreadStatus, type ProofreadCountsStore } from '../features/proofread/proofreadCounts';
import { SyncStatus } from '../features/sync/SyncStatus';

interface Props {
  saveStatus: SaveStatus;
  /** The open letter's word and page counts; none while no draft is open. */
  metrics: LetterMetrics | undefined;
  printedPages: PrintedPagesStore;
  /** The findings' counts, while a draft is open and 校对 is on. */
  proofreadCounts: ProofreadCountsStore | undefined;
}

/** The window's foot: whether the letter is saved, its length, what proofreading found, and the sync with the bureau's server. */
export function StatusBar({ saveStatus, metrics, printedPages, proofreadCounts }: Props) {
  return (
    <footer className="app__status">
      <span role="status" aria-live="polite">
        {describeSaveStatus(saveStatus)}
      </span>
      {metrics && (
        <span className="app__metrics">
          字数 {metrics.words} · <PageCount estimate={metrics.pages} store={printedPages} />
        </span>
      )}
      {proofreadCounts && <ProofreadStatus store={proofreadCounts} />}
      <SyncStatus />
    </footer>
  );
}
