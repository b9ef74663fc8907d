import { useId, type ReactNode } from 'react';
import { Dialog } from './Dialog';

interface Props {
  title: string;
  submitLabel: string;
  onSubmit: () => void;
  onClose: () => void;
  canSubmit?: boolean;
  /** The button that leaves without acting: 「取消」 unless the dialog says better (「返回修改」). */
  cancelLabel?: string;
  children: ReactNode;
}

/** A dialog that asks for something and acts on it: Enter in any field or the main button submits, Esc cancels. */
export function FormDialog({ title, submitLabel, onSubmit, onClose, canSubmit = true, cancelLabel = '取消', children }: Props) {
  const formId = useId();
  return (
    <Dialog
      title={title}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {cancelLabel}
          </button>
          <button type="submit" form={formId} className="primary" disabled={!canSubmit}>
            {submitLabel}
          </button>
        </>
      }
    >
      <form
        id={formId}
        onSubmit={(event) => {
          event.preventDefault();
          if (canSubmit) onSubmit();
        }}
      >
        {children}
      </form>
    </Dialog>
  );
}
