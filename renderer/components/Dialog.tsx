import { useEffect, type ReactNode } from 'react';

interface Props {
  title: string;
  onClose: () => void;
  actions?: ReactNode;
  children: ReactNode;
  /** A large dialog for reading a letter or a comparison. */
  wide?: boolean;
}

/** A modal dialog: Esc or a click outside closes it. */
export function Dialog({ title, onClose, actions, children, wide }: Props) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onClose]);
  return (
    <div className="dialog-backdrop" role="presentation" onClick={onClose}>
      <div role="dialog" aria-modal="true" aria-label={title} className={wide ? 'dialog dialog--wide' : 'dialog'} onClick={(event) => event.stopPropagation()}>
        <h2>{title}</h2>
        {children}
        {actions && <div className="dialog__actions">{actions}</div>}
      </div>
    </div>
  );
}
