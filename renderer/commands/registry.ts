import type { CommandId } from '../../shared/commands/commandList';

export type CommandAction = () => void;

/**
 * What each command does right now. The screen that can perform a command binds it while mounted;
 * menus, toolbar and shortcuts only ever call run(id), so they never know who implements it.
 */
export interface CommandRegistry {
  bind: (bindings: Partial<Record<CommandId, CommandAction>>) => () => void;
  run: (id: CommandId) => boolean;
  isAvailable: (id: CommandId) => boolean;
  subscribe: (listener: () => void) => () => void;
  version: () => number;
}

export function createCommandRegistry(): CommandRegistry {
  const actions = new Map<CommandId, CommandAction[]>();
  const listeners = new Set<() => void>();
  let version = 0;
  const changed = () => {
    version += 1;
    listeners.forEach((listener) => listener());
  };

  return {
    bind(bindings) {
      const entries = Object.entries(bindings) as [CommandId, CommandAction][];
      for (const [id, action] of entries) actions.set(id, [...(actions.get(id) ?? []), action]);
      changed();
      return () => {
        for (const [id, action] of entries) actions.set(id, (actions.get(id) ?? []).filter((a) => a !== action));
        changed();
      };
    },
    run(id) {
      // The most recently bound action wins: an open dialog or editor overrides the app-wide one.
      const action = actions.get(id)?.at(-1);
      action?.();
      return action !== undefined;
    },
    isAvailable: (id) => (actions.get(id)?.length ?? 0) > 0,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
  };
}
