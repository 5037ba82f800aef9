import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { appMenuTemplate } from '../../main/electron/app-menu.ts';

function roles(items: readonly MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('application menu', () => {
  it('has no DevTools and no reload when packaged, on every platform', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const packaged = roles(appMenuTemplate({ platform, isPackaged: true, openProject: () => {} }));
      expect(packaged, platform).not.toContain('toggleDevTools');
      expect(packaged, platform).not.toContain('reload');
      expect(packaged, platform).not.toContain('forceReload');
      expect(roles(appMenuTemplate({ platform, isPackaged: false, openProject: () => {} })), platform).toContain('toggleDevTools');
    }
  });
});
