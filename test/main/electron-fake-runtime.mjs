// A stand-in for the `electron` module, for running the built main process under plain Node in a child process.
// It records what the shell does (windows, titles, menus, handlers) and lets the test drive it over the child's
// IPC channel: fire app events, make the app ready, invoke an IPC channel as a given window, close a window.
import { EventEmitter } from 'node:events';

const report = (message) => process.send?.(message);

class FakeEvent {
  constructor(fields = {}) {
    Object.assign(this, fields);
    this.defaultPrevented = false;
  }
  preventDefault() {
    this.defaultPrevented = true;
  }
}

let readyResolve;
const ready = new Promise((resolve) => (readyResolve = resolve));

class FakeApp extends EventEmitter {
  isPackaged = false;
  getPath(name) {
    return `${process.env.FAKE_ELECTRON_USER_DATA}/${name === 'userData' ? '' : name}`.replace(/\/$/, '');
  }
  getVersion() {
    return '0.0.0-test';
  }
  requestSingleInstanceLock() {
    return process.env.FAKE_ELECTRON_LOCK_TAKEN !== '1';
  }
  whenReady() {
    report({ type: 'waiting-for-ready' });
    return ready;
  }
  exit(code = 0) {
    report({ type: 'exit', code });
    setImmediate(() => process.exit(code));
  }
  quit() {
    report({ type: 'quit' });
    setImmediate(() => process.exit(0));
  }
  addRecentDocument(path) {
    report({ type: 'recent-document', path });
  }
  clearRecentDocuments() {}
  setAboutPanelOptions(options) {
    report({ type: 'about', options });
  }
  showAboutPanel() {}
}
export const app = new FakeApp();

let nextContentsId = 1;
const windows = new Map();
const front = { window: null };

class FakeWebContents extends EventEmitter {
  id = nextContentsId++;
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
  reload() {
    report({ type: 'reload', id: this.id });
  }
  send(channel, payload) {
    report({ type: 'sent', id: this.id, channel, payload });
  }
}

export class BrowserWindow extends EventEmitter {
  static getFocusedWindow() {
    return front.window;
  }
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new FakeWebContents();
    windows.set(this.webContents.id, this);
    front.window = this;
    app.emit('web-contents-created', new FakeEvent(), this.webContents);
    report({ type: 'window', id: this.webContents.id, webPreferences: options.webPreferences });
  }
  loadURL(url) {
    report({ type: 'load', id: this.webContents.id, url });
    return Promise.resolve();
  }
  setTitle(title) {
    report({ type: 'title', id: this.webContents.id, title });
  }
  setRepresentedFilename() {}
  setDocumentEdited() {}
  getNormalBounds() {
    return { x: this.options.x ?? 0, y: this.options.y ?? 0, width: this.options.width, height: this.options.height };
  }
  isMaximized() {
    return false;
  }
  maximize() {}
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {
    front.window = this;
    report({ type: 'focus', id: this.webContents.id });
  }
  show() {}
  close() {
    const event = new FakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    windows.delete(this.webContents.id);
    if (front.window === this) front.window = null;
    this.emit('closed');
    report({ type: 'closed', id: this.webContents.id });
    if (windows.size === 0) app.emit('window-all-closed');
  }
}

const menuItems = (items) => items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? menuItems(item.submenu) : [])]);
let applicationMenu = [];
export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu: (menu) => {
    applicationMenu = menu.template;
    report({ type: 'menu', labels: menu.template.map((m) => m.label ?? m.role), ids: menuItems(menu.template).flatMap((i) => (i.id ? [i.id] : [])) });
  },
};

export const crashReporter = { start: (options) => report({ type: 'crash-reporter', options }) };

export const dialog = {
  showErrorBox: (title, message) => report({ type: 'error-box', title, message }),
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  // FAKE_ELECTRON_SAVE_PATH answers every save dialog with that file; without it the user cancels. The options are reported.
  showSaveDialog: async (...args) => {
    report({ type: 'save-dialog', options: args.at(-1) });
    const path = process.env.FAKE_ELECTRON_SAVE_PATH;
    return path ? { canceled: false, filePath: path } : { canceled: true };
  },
};

const ipcHandlers = new Map();
export const ipcMain = {
  handle: (channel, handler) => ipcHandlers.set(channel, handler),
  removeHandler: (channel) => ipcHandlers.delete(channel),
};

let appProtocol;
export const protocol = {
  registerSchemesAsPrivileged: (schemes) => report({ type: 'schemes', schemes }),
  handle: (scheme, handler) => (appProtocol = handler),
};

const display = { workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
export const screen = { getAllDisplays: () => [display], getPrimaryDisplay: () => display };

const permissions = {};
export const session = {
  defaultSession: {
    setPermissionRequestHandler: (h) => (permissions.request = h),
    setPermissionCheckHandler: (h) => (permissions.check = h),
    setDevicePermissionHandler: (h) => (permissions.device = h),
  },
};

process.getSystemVersion = () => 'test';

process.on('message', async (command) => {
  switch (command.type) {
    case 'emit':
      app.emit(command.event, new FakeEvent(), ...command.args);
      break;
    case 'ready':
      readyResolve();
      break;
    case 'invoke': {
      const handler = ipcHandlers.get(command.channel);
      const event = { sender: { id: command.id }, senderFrame: { url: command.url, parent: command.subframe ? {} : null } };
      report({ type: 'reply', tag: command.tag, result: handler ? await handler(event, command.payload) : 'no handler' });
      break;
    }
    case 'navigate': {
      const event = new FakeEvent({ url: command.url });
      windows.get(command.id)?.webContents.emit(command.event, event, command.url);
      report({ type: 'reply', tag: command.tag, result: { prevented: event.defaultPrevented } });
      break;
    }
    case 'protocol': {
      const response = await appProtocol(new Request(command.url));
      report({ type: 'reply', tag: command.tag, result: { status: response.status } });
      break;
    }
    case 'permission': {
      let granted;
      permissions.request?.({}, command.permission, (g) => (granted = g), {});
      report({ type: 'reply', tag: command.tag, result: { granted, check: permissions.check?.({}, command.permission, '', {}) } });
      break;
    }
    case 'close':
      windows.get(command.id)?.close();
      break;
    case 'menu-click': {
      const item = menuItems(applicationMenu).find((i) => i.id === command.id);
      item?.click?.();
      report({ type: 'reply', tag: command.tag, result: { clicked: item !== undefined } });
      break;
    }
  }
});

/** The OS theme: dark here; the shell leaves it to the system and listens for changes. */
export const nativeTheme = Object.assign(new EventEmitter(), { themeSource: 'system', shouldUseDarkColors: true });

export default { app, BrowserWindow, Menu, crashReporter, dialog, ipcMain, nativeTheme, protocol, screen, session };
