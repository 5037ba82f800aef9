import { basename } from 'node:path';

export interface TitleState {
  /** The project file the window shows. */
  path: string;
  /** Edits not yet on disk. */
  edited: boolean;
  platform: NodeJS.Platform;
}

/**
 * The window title: the file name, with "•" while edits are not yet on disk. macOS shows the edited state and the
 * file in the title bar itself (setDocumentEdited, setRepresentedFilename), so there the title is the name alone.
 */
export function windowTitle({ path, edited, platform }: TitleState): string {
  const name = basename(path);
  return platform === 'darwin' || !edited ? `${name} — Powerhall` : `• ${name} — Powerhall`;
}
