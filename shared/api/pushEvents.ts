import { z } from 'zod';
import { COMMAND_IDS } from '../commands/commandList';

/** A file the system asked the app to open (a double-clicked .dafu package, a second start). */
const OpenedFileSchema = z.object({
  fileName: z.string(),
  /** base64, as package.import takes it */
  data: z.string(),
});

/**
 * Every event the desktop shell pushes to the page unasked, with its payload; the calls go the other
 * way (contract.ts). Only the Electron window has them: in a browser on the loopback host nothing is
 * pushed. The preload exposes each as `on` + its name (onCommand, onOpenedFile; see pushBridge.ts).
 *
 * The preload runs sandboxed and cannot load zod, so it imports only types from this file; the
 * renderer checks each payload against its schema (onPush in renderer/api/client.ts).
 */
export const pushEvents = {
  /** A command chosen in the application menu, run by the page's command registry like a button or shortcut. */
  command: z.enum(COMMAND_IDS),
  /** One event per file; files that came before the page listened are delivered as soon as it does. */
  openedFile: OpenedFileSchema,
} as const;

export type PushEvents = typeof pushEvents;
export type PushEventName = keyof PushEvents;
export type PushPayload<N extends PushEventName> = z.infer<PushEvents[N]>;
export type PushListener<N extends PushEventName> = (payload: PushPayload<N>) => void;

export const PUSH_EVENT_NAMES = Object.keys(pushEvents) as PushEventName[];

/** The payload when it is what the table says the event carries; undefined otherwise. */
export function parsePushPayload<N extends PushEventName>(name: N, payload: unknown): PushPayload<N> | undefined {
  const parsed = pushEvents[name].safeParse(payload);
  return parsed.success ? (parsed.data as PushPayload<N>) : undefined;
}
