import { useMemo, useState } from 'react';
import { useBindCommands } from '../../commands/CommandsContext';
import { RetentionDialog } from './RetentionDialog';

/** Opens 版本精简 from the 文件 menu. */
export function RetentionDialogHost() {
  const [open, setOpen] = useState(false);
  useBindCommands(useMemo(() => ({ 'file.retention': () => setOpen(true) }), []));
  return open ? <RetentionDialog onClose={() => setOpen(false)} /> : null;
}
