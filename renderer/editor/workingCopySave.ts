import type { CallInput, SaveResult } from '../../shared/api/contract';

type SaveInput = CallInput<'drafts.save'>;
type Saved = Extract<SaveResult, { status: 'saved' }>;

export interface WorkingCopySaveOptions {
  draftId: string;
  /** The revision and working-copy sequence this editor's text builds on; updated by every save. */
  base: { current: SaveInput['base'] };
  read: () => Pick<SaveInput, 'content' | 'fields'>;
  send: (input: SaveInput) => Promise<SaveResult>;
  onSaved: (result: Saved) => void;
  onDiverged: () => void;
}

/**
 * One save of an open editor's text, for the autosave controller. When another window has saved
 * the same draft meanwhile, the server keeps this text as a parallel revision; later saves from this
 * window continue that line (each a revision on the previous one) instead of stopping, so what the
 * clerk types after the warning is not dropped.
 */
export function workingCopySave({ draftId, base, read, send, onSaved, onDiverged }: WorkingCopySaveOptions): () => Promise<boolean> {
  return async () => {
    const result = await send({ draftId, base: base.current, ...read() });
    if (result.status === 'diverged') {
      base.current = { revisionId: result.revisionId, seq: base.current.seq };
      onDiverged();
      return true;
    }
    base.current = result.base;
    onSaved(result);
    return true;
  };
}
