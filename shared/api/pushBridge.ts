import type { PushEventName, PushListener } from './pushEvents';

// Free of zod on purpose (it imports only types): the sandboxed preload loads this file and cannot load zod.

/** The preload's member for a push event: `command` → `onCommand`. */
export type PushListenerName<N extends PushEventName> = `on${Capitalize<N>}`;

/** What the preload exposes for the push events: each member subscribes and returns the unsubscribe. */
export type PushBridge = { [N in PushEventName as PushListenerName<N>]: (listener: PushListener<N>) => () => void };

export function pushListenerName<N extends PushEventName>(name: N): PushListenerName<N> {
  return `on${name.charAt(0).toUpperCase()}${name.slice(1)}` as PushListenerName<N>;
}
