import { ipcMain, type WebContents } from 'electron';
import type { PushPayload } from '../../shared/api/pushEvents';
import { PUSH_CHANNELS, type PushEventsDelivered } from '../app/ipcChannel';
import { isTrustedSender } from '../shellLogic/securityPolicy';

/** Pushes a `sent` event to the page as it happens. */
export function push<N extends PushEventsDelivered<'sent'>>(contents: WebContents, name: N, payload: PushPayload<N>): void {
  contents.send(PUSH_CHANNELS[name].channel, payload);
}

/** Tells the page that `kept` events are waiting; it takes them through bindKeptPush. */
export function announceKeptPush(contents: WebContents, name: PushEventsDelivered<'kept'>): void {
  contents.send(PUSH_CHANNELS[name].channel);
}

/** Hands the waiting `kept` events to the app's own page when it takes them; any other sender gets none. */
export function bindKeptPush<N extends PushEventsDelivered<'kept'>>(name: N, take: () => PushPayload<N>[]): void {
  ipcMain.handle(PUSH_CHANNELS[name].channel, (event) => (isTrustedSender(event.senderFrame?.url) ? take() : []));
}
