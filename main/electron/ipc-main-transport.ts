import type { IpcMain } from 'electron';
import { channelName } from '../../shared/contract/define.ts';
import type { ContractSpec } from '../../shared/contract/define.ts';
import type { IpcRouter } from '../ipc/router.ts';
import type { PendingWrites } from './pending-writes.ts';
import { isTrustedSender } from './security-policy.ts';

export interface WriteTracking {
  writes: PendingWrites;
  /** Whether a method writes to the project file. */
  isWrite(service: string, method: string): boolean;
}

/**
 * Registers one ipcMain handler per contract method; each checks the sender, then dispatches to the router,
 * counting the writes in flight when asked to.
 */
export function registerIpcHandlers<C extends ContractSpec>(ipcMain: IpcMain, router: () => IpcRouter<C>, tracking?: WriteTracking): () => void {
  const channels: string[] = [];
  for (const { service, method } of router().methods()) {
    const channel = channelName(service, method);
    channels.push(channel);
    const write = tracking?.isWrite(service, method) ? tracking.writes : undefined;
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!isTrustedSender(event.senderFrame)) {
        return { ok: false, error: { code: 'bad-request', message: 'IPC refused: not from the Powerhall window', issues: [] } };
      }
      const dispatch = () => router().dispatch(service, method, payload);
      return write ? write.track(dispatch) : dispatch();
    });
  }
  return () => channels.forEach((c) => ipcMain.removeHandler(c));
}
