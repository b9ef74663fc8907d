import type { ParagraphFinding } from './paragraphTracker';

/** What the letter's checker offers the summary: its findings as of now, and a way to show one in the editor. */
export interface FindingsSource {
  current: () => ParagraphFinding[];
  jump: (finding: ParagraphFinding) => void;
}

export type OutputPurpose = 'print' | 'pdf' | 'export';

export interface OutputRequest {
  draftId: string;
  purpose: OutputPurpose;
  answer: (go: boolean) => void;
}

let source: FindingsSource | undefined;
let pending: OutputRequest | undefined;
const listeners = new Set<() => void>();

/** The open letter's checker says where its findings are; undefined when proofreading is off or no letter is open. */
export function publishFindings(next: FindingsSource | undefined): void {
  source = next;
}

export const findingsSource = (): FindingsSource | undefined => source;

/**
 * Asks, before a letter is printed or exported, whether to go on despite open errors or unfilled
 * fields. Resolves true at once when there is nothing to say; OutputCheckHost shows the summary.
 */
export function confirmOutput(draftId: string, purpose: OutputPurpose): Promise<boolean> {
  pending?.answer(false);
  return new Promise((resolve) => {
    pending = {
      draftId,
      purpose,
      answer: (go) => {
        pending = undefined;
        listeners.forEach((listener) => listener());
        resolve(go);
      },
    };
    listeners.forEach((listener) => listener());
  });
}

export const outputRequests = {
  get: (): OutputRequest | undefined => pending,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
};
