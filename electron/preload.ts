import { contextBridge, ipcRenderer } from 'electron';
import { pushListenerName, type PushBridge } from '../shared/api/pushBridge';
import type { PushEventName, PushListener, PushPayload } from '../shared/api/pushEvents';
import { IPC_CALL_CHANNEL, PUSH_CHANNELS } from './app/ipcChannel';

// Runs sandboxed: it may import only electron and code bundled with it, never zod (pushBridge.ts and
// ipcChannel.ts take only types from the shared tables). The page checks each payload (onPush).

/** Subscribes the page to one push event, as ipcChannel.ts says it is delivered; returns the unsubscribe. */
function subscribe<N extends PushEventName>(name: N, listener: PushListener<N>): () => void {
  const { channel, delivery } = PUSH_CHANNELS[name];
  if (delivery === 'kept') {
    // Those that arrived before the page listened come first.
    const take = () => void ipcRenderer.invoke(channel).then((payloads: PushPayload<N>[]) => payloads.forEach((payload) => listener(payload)));
    ipcRenderer.on(channel, take);
    take();
    return () => void ipcRenderer.removeListener(channel, take);
  }
  const forward = (_event: unknown, payload: PushPayload<N>) => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => void ipcRenderer.removeListener(channel, forward);
}

/** onCommand, onOpenedFile, …: one member per push event. */
const pushBridge = Object.fromEntries(
  (Object.keys(PUSH_CHANNELS) as PushEventName[]).map((name) => [pushListenerName(name), (listener: PushListener<typeof name>) => subscribe(name, listener)]),
) as PushBridge;

// One generic door; the page never sees ipcRenderer itself.
contextBridge.exposeInMainWorld('dafu', {
  call: (name: string, input: unknown) => ipcRenderer.invoke(IPC_CALL_CHANNEL, name, input),
  ...pushBridge,
});
