import type { BrowserWindow, NativeTheme } from 'electron';

/** A window's colour before its page has drawn: the renderer's --bg of the theme, so no flash of the other theme. */
export function windowBackground(dark: boolean): string {
  return dark ? '#111418' : '#f3f5f8';
}

/**
 * The app follows the OS theme: Chromium's prefers-color-scheme follows nativeTheme while its source is 'system' (the
 * renderer's CSS and the viewport switch themselves), and the windows' own background follows each change.
 */
export function followOsTheme(theme: Pick<NativeTheme, 'themeSource' | 'shouldUseDarkColors' | 'on'>, windows: () => Iterable<Pick<BrowserWindow, 'setBackgroundColor'>>): void {
  theme.themeSource = 'system';
  theme.on('updated', () => {
    for (const window of windows()) window.setBackgroundColor(windowBackground(theme.shouldUseDarkColors));
  });
}
