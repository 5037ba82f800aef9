import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { followOsTheme, windowBackground } from '../../main/electron/os-theme.ts';

describe('the shell follows the OS theme', () => {
  it("leaves the theme to the system and repaints every window's background when it changes", () => {
    const listeners: (() => void)[] = [];
    const theme = { themeSource: 'dark' as 'dark' | 'light' | 'system', shouldUseDarkColors: true, on: (_: string, fn: () => void) => listeners.push(fn) };
    const painted: string[][] = [[], []];
    const windows = painted.map((p) => ({ setBackgroundColor: (c: string) => p.push(c) }));
    followOsTheme(theme as never, () => windows);
    expect(theme.themeSource).toBe('system');
    theme.shouldUseDarkColors = false;
    listeners.forEach((fn) => fn());
    theme.shouldUseDarkColors = true;
    listeners.forEach((fn) => fn());
    expect(painted).toEqual([
      [windowBackground(false), windowBackground(true)],
      [windowBackground(false), windowBackground(true)],
    ]);
  });

  it("paints windows in the renderer's own background of each theme, so a new window never flashes the other one", () => {
    const css = readFileSync(new URL('../../renderer/app/styles.css', import.meta.url), 'utf8');
    const light = css.slice(css.indexOf('@media (prefers-color-scheme: light)'));
    expect(/--bg: (#[0-9a-f]{6});/.exec(css)?.[1]).toBe(windowBackground(true));
    expect(/--bg: (#[0-9a-f]{6});/.exec(light)?.[1]).toBe(windowBackground(false));
  });
});
