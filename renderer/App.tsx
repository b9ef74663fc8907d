import { CommandsProvider } from './commands/CommandsContext';
import { NativeMenuListener } from './commands/NativeMenu';
import { ShortcutListener } from './commands/ShortcutListener';
import { StoreHealthNotice } from './features/backup/StoreHealthNotice';
import { DocNumberRegisterCommand } from './features/docNumbers/DocNumberRegister';
import { ServerCommands } from './features/sync/ServerCommands';
import { Workspace } from './workspace/Workspace';

export function App() {
  return (
    <CommandsProvider>
      <ShortcutListener />
      <NativeMenuListener />
      <StoreHealthNotice />
      <DocNumberRegisterCommand />
      <ServerCommands />
      <Workspace />
    </CommandsProvider>
  );
}
