import { Dialog } from '../../components/Dialog';

export type TrackedChoice = 'accept' | 'reject' | 'review';

interface Props {
  fileName: string;
  reviewers: readonly string[];
  /** Still deciding: the buttons wait. */
  busy: boolean;
  onChoose: (choice: TrackedChoice) => void;
  /** Decide later: the 修订 wait as 待合并 suggestions beside the draft. */
  onClose: () => void;
}

/** A new draft from a Word file with 修订: take them all, none, or settle them one by one in 逐段合并. */
export function TrackedImportChoice({ fileName, reviewers, busy, onChoose, onClose }: Props) {
  return (
    <Dialog
      title="文件里有修订"
      onClose={onClose}
      actions={
        <>
          <button type="button" disabled={busy} onClick={() => onChoose('accept')}>
            全部接受
          </button>
          <button type="button" disabled={busy} onClick={() => onChoose('reject')}>
            全部不接受
          </button>
          <button type="button" className="primary" disabled={busy} onClick={() => onChoose('review')}>
            逐条审阅…
          </button>
        </>
      }
    >
      <p>
        「{fileName}」里有{reviewers.join('、')}的修订，还没有改动正文：新草稿现在是修订前的原稿。要全部接受、全部不接受，还是逐条审阅？
      </p>
      <p>关掉这个窗口也可以，修订会作为「待合并」的修改建议留在一旁，以后再逐段合并。</p>
    </Dialog>
  );
}
