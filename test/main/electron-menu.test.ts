import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { appMenuTemplate, type AppMenuCommands } from '../../main/electron/app-menu.ts';
import { sendEvent } from '../../main/electron/ipc-main-transport.ts';
import { toAccelerator, type MenuAction } from '../../main/electron/menu-actions.ts';
import { eventChannelName } from '../../shared/contract/events.ts';

// A cross-section of the renderer's actions, as the renderer would send them (ids, labels, menus and shortcuts as
// renderer/editor/actions/menu-entries.ts publishes them; the full list is checked against the registry in
// test/editor/menu-entries.test.ts).
const ACTIONS: MenuAction[] = [
  { id: 'export.xlsx', label: 'Workbook (XLSX)', menu: 'File', submenu: 'Export', group: 'export', enabled: true },
  { id: 'export.pdf', label: 'PDF brief', menu: 'File', submenu: 'Export', group: 'export', enabled: false },
  { id: 'history.undo', label: 'Undo', menu: 'Edit', shortcut: 'Mod+Z', group: 'history', enabled: true },
  { id: 'history.redo', label: 'Redo', menu: 'Edit', shortcut: 'Shift+Mod+Z', group: 'history', enabled: false },
  { id: 'selection.delete', label: 'Delete', menu: 'Edit', shortcut: 'Delete', group: 'edit', enabled: false },
  { id: 'selection.nudgeLeft', label: 'Nudge left', menu: 'Edit', shortcut: 'ArrowLeft', group: 'edit', enabled: true },
  { id: 'tool.rack', label: 'Place racks (Shift: fill row)', menu: 'Edit', shortcut: 'K', group: 'tool', enabled: true },
  { id: 'view.fitSelection', label: 'Frame selection', menu: 'View', shortcut: 'F', group: 'view', enabled: true },
  { id: 'color.kw', label: 'Colour by rack kW', menu: 'View', shortcut: '1', group: 'color', enabled: true },
  { id: 'scenario.show.sc-1', label: 'As-is mining', menu: 'Scenario', group: 'scenarios', enabled: true },
  { id: 'scenario.delete', label: 'Delete scenario', menu: 'Scenario', group: 'edit', enabled: false },
  { id: 'app.help', label: 'Keyboard shortcuts', menu: 'Help', shortcut: '?', group: 'help', enabled: true },
];

function commands() {
  return {
    newProject: vi.fn<AppMenuCommands['newProject']>(),
    closeProject: vi.fn<AppMenuCommands['closeProject']>(),
    openProject: vi.fn<AppMenuCommands['openProject']>(),
    saveAs: vi.fn<AppMenuCommands['saveAs']>(),
    importFile: vi.fn<AppMenuCommands['importFile']>(),
    exportDiagnostics: vi.fn<AppMenuCommands['exportDiagnostics']>(),
    openRecent: vi.fn<AppMenuCommands['openRecent']>(),
    clearRecent: vi.fn<AppMenuCommands['clearRecent']>(),
    runAction: vi.fn<AppMenuCommands['runAction']>(),
    showAbout: vi.fn<AppMenuCommands['showAbout']>(),
  };
}

function items(template: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

const menu = (template: MenuItemConstructorOptions[], label: string) => template.find((m) => m.label === label || m.role === label);
const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();

describe('application menu', () => {
  it('maps every action to one item with its id, label, accelerator and enabled state, which runs that action', () => {
    const cmd = commands();
    const all = items(appMenuTemplate({ platform: 'linux', isPackaged: true, actions: ACTIONS, recent: [], commands: cmd }));
    for (const action of ACTIONS) {
      const found = all.filter((i) => i.id === action.id);
      expect(found, action.id).toHaveLength(1);
      expect(found[0]).toMatchObject({ label: action.label, enabled: action.enabled });
      if (action.shortcut) expect(found[0]).toMatchObject({ accelerator: toAccelerator(action.shortcut), registerAccelerator: false });
      else expect(found[0]!.accelerator).toBeUndefined();
      click(found[0]!);
      expect(cmd.runAction).toHaveBeenLastCalledWith(action.id);
    }
    expect(cmd.runAction).toHaveBeenCalledTimes(ACTIONS.length);
  });

  it('puts each action in the menu the renderer names, in its order, with separators between groups and submenus nested', () => {
    const template = appMenuTemplate({ platform: 'win32', isPackaged: true, actions: ACTIONS, recent: [], commands: commands() });
    const top = (label: string) => menu(template, label)!.submenu as MenuItemConstructorOptions[];
    const ids = (label: string) => items(top(label)).map((i) => i.id).filter(Boolean);
    expect(ids('Edit')).toEqual(['history.undo', 'history.redo', 'selection.delete', 'selection.nudgeLeft', 'tool.rack']);
    expect(top('Edit').map((i) => i.type ?? i.id)).toEqual(['history.undo', 'history.redo', 'separator', 'selection.delete', 'selection.nudgeLeft', 'separator', 'tool.rack']);
    expect(ids('View')).toEqual(['view.fitSelection', 'color.kw']);
    expect(ids('Scenario')).toEqual(['scenario.show.sc-1', 'scenario.delete']);
    expect(ids('help')).toEqual(['app.help', 'help.diagnostics', 'help.about']);
    const exportMenu = top('File').find((i) => i.id === 'submenu.Export')!;
    expect(exportMenu).toMatchObject({ label: 'Export', enabled: true });
    expect((exportMenu.submenu as MenuItemConstructorOptions[]).map((i) => i.id)).toEqual(['export.xlsx', 'export.pdf']);
    expect(top('File').map((i) => i.id ?? i.label ?? i.type ?? i.role)).toEqual([
      'file.new', 'file.open', 'Open Recent', 'separator', 'file.saveAs', 'file.import', 'separator', 'submenu.Export', 'separator', 'file.close', 'quit',
    ]);
    expect(template.map((m) => m.label ?? m.role)).toEqual(['File', 'Edit', 'View', 'Scenario', 'windowMenu', 'help']);
  });

  it('leaves out the Scenario menu until the renderer sends scenario actions, and an Export submenu whose formats are all off is off', () => {
    const none = appMenuTemplate({ platform: 'linux', isPackaged: true, actions: [], recent: [], commands: commands() });
    expect(none.map((m) => m.label ?? m.role)).toEqual(['File', 'Edit', 'View', 'windowMenu', 'help']);
    const off = ACTIONS.filter((a) => a.submenu === 'Export').map((a) => ({ ...a, enabled: false }));
    const file = appMenuTemplate({ platform: 'linux', isPackaged: true, actions: off, recent: [], commands: commands() });
    expect(items(file).find((i) => i.id === 'submenu.Export')!.enabled).toBe(false);
  });

  it('sends a click to the window as the menu.runAction event, checked against the contract', () => {
    const sent: unknown[][] = [];
    const contents = { send: (channel: string, payload: unknown) => sent.push([channel, payload]) };
    sendEvent(contents, 'menu', 'runAction', { id: 'history.undo' });
    expect(sent).toEqual([[eventChannelName('menu', 'runAction'), { id: 'history.undo' }]]);
    expect(() => sendEvent(contents, 'menu', 'runAction', { id: '' })).toThrow();
    expect(() => sendEvent(contents, 'menu', 'runAction', { id: 'x', extra: 1 })).toThrow();
    expect(() => sendEvent(contents, 'menu', 'nothing', {})).toThrow(/no event menu.nothing/);
    expect(sent).toHaveLength(1);
  });

  it('writes shortcuts as Electron accelerators', () => {
    expect(toAccelerator('Mod+Z')).toBe('CmdOrCtrl+Z');
    expect(toAccelerator('Shift+Mod+Z')).toBe('Shift+CmdOrCtrl+Z');
    expect(toAccelerator('ArrowLeft')).toBe('Left');
    expect(toAccelerator('Shift+ArrowUp')).toBe('Shift+Up');
    expect(toAccelerator('Delete')).toBe('Delete');
    expect(toAccelerator('1')).toBe('1');
  });

  it('lists recent projects most recent first; a click opens one, Clear Menu empties the list', () => {
    const cmd = commands();
    const recent = ['/p/b.powerhall', '/p/a.powerhall'];
    const template = appMenuTemplate({ platform: 'linux', isPackaged: true, actions: [], recent, commands: cmd });
    const openRecent = items(template).find((i) => i.label === 'Open Recent')!.submenu as MenuItemConstructorOptions[];
    expect(openRecent.filter((i) => i.id?.startsWith('file.recent.') && i.id !== 'file.recent.clear').map((i) => i.label)).toEqual(recent);
    click(openRecent[0]!);
    expect(cmd.openRecent).toHaveBeenCalledWith('/p/b.powerhall');
    click(openRecent.find((i) => i.id === 'file.recent.clear')!);
    expect(cmd.clearRecent).toHaveBeenCalledOnce();
    const empty = appMenuTemplate({ platform: 'linux', isPackaged: true, actions: [], recent: [], commands: cmd });
    expect(items(empty).find((i) => i.id === 'file.recent.clear')!.enabled).toBe(false);
  });

  it('has the macOS app menu and text editing roles on macOS only; New, Open, Save As, Import, Close, diagnostics and About run their commands', () => {
    const cmd = commands();
    const mac = appMenuTemplate({ platform: 'darwin', isPackaged: true, actions: [], recent: [], commands: cmd });
    const linux = appMenuTemplate({ platform: 'linux', isPackaged: true, actions: [], recent: [], commands: cmd });
    expect(mac[0]!.role).toBe('appMenu');
    expect(items(mac).map((i) => i.role)).toEqual(expect.arrayContaining(['appMenu', 'copy', 'paste']));
    expect(items(linux).map((i) => i.role)).not.toContain('copy');
    expect(items(linux).map((i) => i.role)).toContain('quit');
    click(items(linux).find((i) => i.id === 'file.open')!);
    click(items(linux).find((i) => i.id === 'help.about')!);
    click(items(linux).find((i) => i.id === 'file.saveAs')!);
    click(items(linux).find((i) => i.id === 'help.diagnostics')!);
    click(items(linux).find((i) => i.id === 'file.import')!);
    click(items(linux).find((i) => i.id === 'file.new')!);
    click(items(linux).find((i) => i.id === 'file.close')!);
    expect(cmd.newProject).toHaveBeenCalledOnce();
    expect(cmd.closeProject).toHaveBeenCalledOnce();
    expect(cmd.importFile).toHaveBeenCalledOnce();
    expect(cmd.openProject).toHaveBeenCalledOnce();
    expect(cmd.showAbout).toHaveBeenCalledOnce();
    expect(cmd.saveAs).toHaveBeenCalledOnce();
    expect(cmd.exportDiagnostics).toHaveBeenCalledOnce();
    expect(items(linux).find((i) => i.id === 'file.saveAs')!.accelerator).toBe('Shift+CmdOrCtrl+S');
    expect(items(linux).find((i) => i.id === 'file.open')!.accelerator).toBe('CmdOrCtrl+O');
    expect(items(linux).find((i) => i.id === 'file.new')!.accelerator).toBe('CmdOrCtrl+N');
    expect(items(mac).map((i) => i.role)).not.toContain('quit');
  });

  it('has no DevTools and no reload when packaged, on every platform', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const roles = (isPackaged: boolean) =>
        items(appMenuTemplate({ platform, isPackaged, actions: ACTIONS, recent: [], commands: commands() })).map((i) => i.role);
      expect(roles(true), platform).not.toContain('toggleDevTools');
      expect(roles(true), platform).not.toContain('reload');
      expect(roles(true), platform).not.toContain('forceReload');
      expect(roles(false), platform).toContain('toggleDevTools');
    }
  });
});
