import { useCallback } from 'react';
import type { CommandId } from '../../../shared/commands/commandList';
import { useCommandRuns } from '../../commands/CommandsContext';
import type { DockStore } from './dockStore';
import { PANELS } from './panels';

/** A command that works in an open panel (批注选中文字 in 批注) brings that panel to the front. */
export function useRevealOnUse(dock: DockStore): void {
  const onRun = useCallback(
    (id: CommandId) => {
      for (const panel of PANELS) if (panel.uses.includes(id)) dock.reveal(panel.id);
    },
    [dock],
  );
  useCommandRuns(onRun);
}
