// The preload builds the one typed API object from the shared contract; it exposes nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { createApiClient } from '../../shared/contract/client.ts';
import { channelName } from '../../shared/contract/define.ts';

contextBridge.exposeInMainWorld(
  'powerhall',
  createApiClient((service, method, request) => ipcRenderer.invoke(channelName(service, method), request)),
);
