import type { IpcMain } from 'electron';
import { channelName } from '../../shared/contract/define.ts';
import type { ContractSpec } from '../../shared/contract/define.ts';
import type { IpcRouter } from '../ipc/router.ts';
import { isTrustedSender } from './security-policy.ts';

/** Registers one ipcMain handler per contract method; each checks the sender, then dispatches to the router. */
export function registerIpcHandlers<C extends ContractSpec>(ipcMain: IpcMain, router: () => IpcRouter<C>): () => void {
  const channels: string[] = [];
  for (const { service, method } of router().methods()) {
    const channel = channelName(service, method);
    channels.push(channel);
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!isTrustedSender(event.senderFrame)) {
        return { ok: false, error: { code: 'bad-request', message: 'IPC refused: not from the Powerhall window', issues: [] } };
      }
      return router().dispatch(service, method, payload);
    });
  }
  return () => channels.forEach((c) => ipcMain.removeHandler(c));
}
