// The preload builds the one typed API object from the shared contract; it exposes nothing else.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createApiClient } from '../../shared/contract/client.ts';
import { channelName } from '../../shared/contract/define.ts';
import { eventChannelName } from '../../shared/contract/events.ts';

contextBridge.exposeInMainWorld(
  'powerhall',
  createApiClient(
    (service, method, request) => ipcRenderer.invoke(channelName(service, method), request),
    // Only the payload crosses to the page, never the IPC event (which would hand it the ipcRenderer).
    (service, event, listener) => {
      const channel = eventChannelName(service, event);
      const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, forward);
      return () => ipcRenderer.off(channel, forward);
    },
  ),
);
