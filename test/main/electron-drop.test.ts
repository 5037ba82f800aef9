import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { droppedProject, routeDroppedProjects } from '../../main/electron/dropped-files.ts';
import { hardenWebContents } from '../../main/electron/harden-web-contents.ts';
import { FakeWebContents } from './electron-fakes.ts';

describe('a project dropped on the window', () => {
  it('opens through the shell instead of the navigation Chromium would make to it; nothing else is routed', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents.asElectron());
    const open = vi.fn<(path: string) => void>();
    routeDroppedProjects(contents.asElectron(), open);
    const site = pathToFileURL('/home/eng/Client site.powerhall').href;
    expect(contents.navigates('will-navigate', site)).toBe(false);
    expect(open).toHaveBeenCalledExactlyOnceWith('/home/eng/Client site.powerhall');
    // Other files and other addresses are refused by the hardening and opened by nothing.
    expect(contents.navigates('will-navigate', pathToFileURL('/home/eng/tool.exe').href)).toBe(false);
    expect(contents.navigates('will-navigate', 'https://example.org/site.powerhall')).toBe(false);
    expect(open).toHaveBeenCalledOnce();
  });

  it('is told by its file URL: the project extension in any case, never a remote file URL', () => {
    expect(droppedProject(pathToFileURL('/p/A.POWERHALL').href)).toBe('/p/A.POWERHALL');
    expect(droppedProject(pathToFileURL('/p/a.json').href)).toBeNull();
    expect(droppedProject('file://server/share/a.powerhall')).toBeNull();
    expect(droppedProject('powerhall://app/a.powerhall')).toBeNull();
  });
});
