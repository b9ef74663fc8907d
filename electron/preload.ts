import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CALL_CHANNEL, IPC_COMMAND_CHANNEL, IPC_OPENED_FILES_CHANNEL } from './app/ipcChannel';

// One generic door; the page never sees ipcRenderer itself.
contextBridge.exposeInMainWorld('dafu', {
  call: (name: string, input: unknown) => ipcRenderer.invoke(IPC_CALL_CHANNEL, name, input),
  /** Application-menu choices, as command ids for the page's command registry. */
  onCommand: (listener: (id: string) => void) => {
    const forward = (_event: unknown, id: unknown) => typeof id === 'string' && listener(id);
    ipcRenderer.on(IPC_COMMAND_CHANNEL, forward);
    return () => void ipcRenderer.removeListener(IPC_COMMAND_CHANNEL, forward);
  },
  /** Files the system asked the app to open; those that arrived before the page listened come first. */
  onOpenedFile: (listener: (file: { fileName: string; data: string }) => void) => {
    const take = () => void ipcRenderer.invoke(IPC_OPENED_FILES_CHANNEL).then((files: { fileName: string; data: string }[]) => files.forEach(listener));
    ipcRenderer.on(IPC_OPENED_FILES_CHANNEL, take);
    take();
    return () => void ipcRenderer.removeListener(IPC_OPENED_FILES_CHANNEL, take);
  },
});
