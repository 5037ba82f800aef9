// A small stand-in for the Electron objects the shell's functions receive: it records the handlers they set and
// lets a test fire events at them, since the Electron binary cannot run here.
import type { App, IpcMain, Session, WebContents } from 'electron';

type Listener = (...args: unknown[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

/** An Electron event: `defaultPrevented` says whether a handler refused it. */
export function fakeEvent(fields: Record<string, unknown> = {}) {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

export class FakeWebContents extends Emitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  /** Fires `event` with a navigation to `url` and says whether it went ahead. */
  navigates(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', url: string, isMainFrame = true): boolean {
    const e = fakeEvent({ url, isMainFrame });
    this.emit(event, e, url);
    return !e.defaultPrevented;
  }
  asElectron(): WebContents {
    return this as unknown as WebContents;
  }
}

export class FakeApp extends Emitter {
  asElectron(): App {
    return this as unknown as App;
  }
}

export class FakeSession {
  permissionRequest: ((contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void) | undefined;
  permissionCheck: ((contents: unknown, permission: string, origin: string, details: unknown) => boolean) | undefined;
  devicePermission: ((details: unknown) => boolean) | undefined;
  setPermissionRequestHandler(handler: FakeSession['permissionRequest']): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheck']): void {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(handler: FakeSession['devicePermission']): void {
    this.devicePermission = handler;
  }
  asElectron(): Session {
    return this as unknown as Session;
  }
}

export class FakeIpcMain {
  readonly handlers = new Map<string, (event: unknown, payload: unknown) => unknown>();
  handle(channel: string, handler: (event: unknown, payload: unknown) => unknown): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  asElectron(): IpcMain {
    return this as unknown as IpcMain;
  }
}
