import { commandById, type CommandId } from '../../shared/commands/commandList';

export type CommandAction = () => void;
/** What a command does right now, or why it cannot run now (greyed, the reason in its tooltip). */
export type CommandBinding = CommandAction | { unavailable: string };
export type CommandBindings = Partial<Record<CommandId, CommandBinding>>;

/**
 * Screens bind at the base layer; the workspace binds over it what must win whoever bound last: a
 * docked panel hidden behind a tab or in a closed drawer, whose toggle first shows it; a letter
 * locked after 签发, whose editing commands say why they are greyed.
 */
export type CommandLayer = 'base' | 'over';

const GENERIC_REASON = '现在不能用';

/**
 * What each command does right now. The screen that can perform a command binds it while mounted;
 * menus, toolbar and shortcuts only ever call run(id), so they never know who implements it.
 */
export interface CommandRegistry {
  bind: (bindings: CommandBindings, layer?: CommandLayer) => () => void;
  run: (id: CommandId) => boolean;
  isAvailable: (id: CommandId) => boolean;
  /** Why a greyed command is greyed: what its binding says, else what the command list says. */
  unavailableReason: (id: CommandId) => string | undefined;
  subscribe: (listener: () => void) => () => void;
  /** Told of each command run, after it ran (the dock brings forward the panel a command uses). */
  onRun: (listener: (id: CommandId) => void) => () => void;
  version: () => number;
}

export function createCommandRegistry(): CommandRegistry {
  const layers: Record<CommandLayer, Map<CommandId, CommandBinding[]>> = { base: new Map(), over: new Map() };
  const listeners = new Set<() => void>();
  const runListeners = new Set<(id: CommandId) => void>();
  let version = 0;
  const changed = () => {
    version += 1;
    listeners.forEach((listener) => listener());
  };
  // The most recently bound wins within a layer: an open dialog or editor overrides the app-wide one.
  const current = (id: CommandId) => layers.over.get(id)?.at(-1) ?? layers.base.get(id)?.at(-1);
  const action = (id: CommandId) => {
    const binding = current(id);
    return typeof binding === 'function' ? binding : undefined;
  };

  return {
    bind(bindings, layer = 'base') {
      const actions = layers[layer];
      const entries = Object.entries(bindings) as [CommandId, CommandBinding][];
      for (const [id, binding] of entries) actions.set(id, [...(actions.get(id) ?? []), binding]);
      changed();
      return () => {
        for (const [id, binding] of entries)
          actions.set(
            id,
            (actions.get(id) ?? []).filter((b) => b !== binding),
          );
        changed();
      };
    },
    run(id) {
      const found = action(id);
      if (!found) return false;
      found();
      runListeners.forEach((listener) => listener(id));
      return true;
    },
    isAvailable: (id) => action(id) !== undefined,
    unavailableReason(id) {
      const binding = current(id);
      if (typeof binding === 'function') return undefined;
      return binding?.unavailable ?? commandById(id).unavailable ?? GENERIC_REASON;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onRun(listener) {
      runListeners.add(listener);
      return () => runListeners.delete(listener);
    },
    version: () => version,
  };
}
