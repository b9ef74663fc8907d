import type { PushEventName } from '../../shared/api/pushEvents';

/** Page → main (invoke): every contract call, by name. */
export const IPC_CALL_CHANNEL = 'dafu:call';

/**
 * How a push event reaches the page. `sent`: main sends the payload as it happens; a page not yet
 * listening misses it. `kept`: main keeps the payloads and sends only "some are waiting"; the page
 * takes them (invoke on the same channel) when notified and when it starts listening, so none is lost
 * before the page has loaded.
 */
export type PushDelivery = 'sent' | 'kept';

/**
 * Main → page: the channel of each push event of shared/api/pushEvents.ts. An event added there does not
 * compile here until it has its channel; the preload then exposes it without further change.
 */
export const PUSH_CHANNELS = {
  /** The command id chosen in the application menu, run by the page's command registry. */
  command: { channel: 'dafu:command', delivery: 'sent' },
  /** Files the system asked the app to open: the first arrives with the command line, before the page loads. */
  openedFile: { channel: 'dafu:opened-files', delivery: 'kept' },
} as const satisfies Record<PushEventName, { channel: string; delivery: PushDelivery }>;

export type PushEventsDelivered<D extends PushDelivery> = {
  [N in PushEventName]: (typeof PUSH_CHANNELS)[N]['delivery'] extends D ? N : never;
}[PushEventName];
