import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { CommandId } from '../../shared/commands/commandList';
import { createCommandRegistry, type CommandBindings, type CommandLayer, type CommandRegistry } from './registry';

const RegistryContext = createContext<CommandRegistry | null>(null);

export function CommandsProvider({ children }: { children: ReactNode }) {
  const [registry] = useState(createCommandRegistry);
  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}

function useRegistry(): CommandRegistry {
  const registry = useContext(RegistryContext);
  if (!registry) throw new Error('commands used outside CommandsProvider');
  return registry;
}

/** The registry, re-rendering the caller when what is available changes. */
export function useCommands(): CommandRegistry {
  const registry = useRegistry();
  useSyncExternalStore(registry.subscribe, registry.version);
  return registry;
}

/** Binds commands while the calling component is mounted; pass a stable (memoised) object. */
export function useBindCommands(bindings: CommandBindings, layer: CommandLayer = 'base'): void {
  const registry = useRegistry();
  useEffect(() => registry.bind(bindings, layer), [registry, bindings, layer]);
}

/** Calls the listener after each command run, whoever ran it. */
export function useCommandRuns(listener: (id: CommandId) => void): void {
  const registry = useRegistry();
  useEffect(() => registry.onRun(listener), [registry, listener]);
}
