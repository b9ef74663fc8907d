import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CALL_CHANNEL } from './core/ipcChannel';

// One generic door; the page never sees ipcRenderer itself.
contextBridge.exposeInMainWorld('dafu', {
  call: (name: string, input: unknown) => ipcRenderer.invoke(IPC_CALL_CHANNEL, name, input),
});
