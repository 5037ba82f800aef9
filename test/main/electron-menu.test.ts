import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { appMenuTemplate, type AppMenuCommands } from '../../main/electron/app-menu.ts';
import { actionMenu, toAccelerator, type MenuAction } from '../../main/electron/menu-actions.ts';

// A cross-section of the renderer's actions, as the renderer would send them (ids, labels and shortcuts as in
// renderer/editor/actions).
const ACTIONS: MenuAction[] = [
  { id: 'history.undo', label: 'Undo', shortcut: 'Mod+Z', group: 'history', enabled: true },
  { id: 'history.redo', label: 'Redo', shortcut: 'Shift+Mod+Z', group: 'history', enabled: false },
  { id: 'selection.delete', label: 'Delete', shortcut: 'Delete', group: 'edit', enabled: false },
  { id: 'selection.nudgeLeft', label: 'Nudge left', shortcut: 'ArrowLeft', group: 'edit', enabled: true },
  { id: 'tool.rack', label: 'Place racks (Shift: fill row)', shortcut: 'K', group: 'tool', enabled: true },
  { id: 'hall.add', label: 'Add hall', group: 'create', enabled: true },
  { id: 'view.fitSelection', label: 'Frame selection', shortcut: 'F', group: 'view', enabled: true },
  { id: 'color.kw', label: 'Colour by rack kW', shortcut: '1', group: 'color', enabled: true },
  { id: 'scenario.create', label: 'New scenario', group: 'edit', enabled: true },
  { id: 'scenario.delete', label: 'Delete scenario', group: 'edit', enabled: false },
];

function commands() {
  return {
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

  it('puts history, edits, tools and creation in Edit, views and colours in View, scenarios in Scenario', () => {
    const template = appMenuTemplate({ platform: 'win32', isPackaged: true, actions: ACTIONS, recent: [], commands: commands() });
    const ids = (label: string) => items((menu(template, label)!.submenu as MenuItemConstructorOptions[])).map((i) => i.id).filter(Boolean);
    expect(ids('Edit')).toEqual(['history.undo', 'history.redo', 'selection.delete', 'selection.nudgeLeft', 'tool.rack', 'hall.add']);
    expect(ids('View')).toEqual(['view.fitSelection', 'color.kw']);
    expect(ids('Scenario')).toEqual(['scenario.create', 'scenario.delete']);
    expect(template.map((m) => m.label ?? m.role)).toEqual(['File', 'Edit', 'View', 'Scenario', 'windowMenu', 'help']);
    expect(ACTIONS.map(actionMenu)).toEqual(['Edit', 'Edit', 'Edit', 'Edit', 'Edit', 'Edit', 'View', 'View', 'Scenario', 'Scenario']);
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

  it('has the macOS app menu and text editing roles on macOS only; Open, Save As, Import, diagnostics and About run their commands', () => {
    const cmd = commands();
    const mac = appMenuTemplate({ platform: 'darwin', isPackaged: true, actions: [], recent: [], commands: cmd });
    const linux = appMenuTemplate({ platform: 'linux', isPackaged: true, actions: [], recent: [], commands: cmd });
    expect(mac[0]!.role).toBe('appMenu');
    expect(items(mac).map((i) => i.role)).toEqual(expect.arrayContaining(['copy', 'paste', 'close']));
    expect(items(linux).map((i) => i.role)).not.toContain('copy');
    expect(items(linux).map((i) => i.role)).toContain('quit');
    click(items(linux).find((i) => i.id === 'file.open')!);
    click(items(linux).find((i) => i.id === 'help.about')!);
    click(items(linux).find((i) => i.id === 'file.saveAs')!);
    click(items(linux).find((i) => i.id === 'help.diagnostics')!);
    click(items(linux).find((i) => i.id === 'file.import')!);
    expect(cmd.importFile).toHaveBeenCalledOnce();
    expect(cmd.openProject).toHaveBeenCalledOnce();
    expect(cmd.showAbout).toHaveBeenCalledOnce();
    expect(cmd.saveAs).toHaveBeenCalledOnce();
    expect(cmd.exportDiagnostics).toHaveBeenCalledOnce();
    expect(items(linux).find((i) => i.id === 'file.saveAs')!.accelerator).toBe('Shift+CmdOrCtrl+S');
    expect(items(linux).find((i) => i.id === 'file.open')!.accelerator).toBe('CmdOrCtrl+O');
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
