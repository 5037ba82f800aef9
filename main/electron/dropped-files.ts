import type { WebContents } from 'electron';
import { fileURLToPath } from 'node:url';
import { PROJECT_EXTENSION } from './file-open-router.ts';

/** The project file a navigation would show: Chromium navigates to a file dropped on the window that the page left alone. */
export function droppedProject(url: string): string | null {
  if (!url.startsWith('file:')) return null;
  let path: string;
  try {
    path = fileURLToPath(url);
  } catch {
    return null;
  }
  return path.toLowerCase().endsWith(PROJECT_EXTENSION) ? path : null;
}

/**
 * A project dropped on the window opens (in a window of its own, or the one showing it comes forward). The page
 * handles dropped JSON and CSV itself and leaves projects to this; the navigation never happens (hardenWebContents
 * refuses every navigation away from the app).
 */
export function routeDroppedProjects(contents: Pick<WebContents, 'on'>, open: (path: string) => void): void {
  contents.on('will-navigate', (event) => {
    const path = droppedProject(event.url);
    if (path === null) return;
    event.preventDefault();
    open(path);
  });
}
