import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Powerhall's own data folder (backups, the working copy of the sample): POWERHALL_DATA_DIR when set, otherwise
 * the folder Electron's app.getPath('userData') gives for the product name 'Powerhall' on each OS.
 */
export function appDataDir(): string {
  const fromEnv = process.env.POWERHALL_DATA_DIR;
  if (fromEnv) return fromEnv;
  switch (process.platform) {
    case 'win32':
      return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Powerhall');
    case 'darwin':
      return join(homedir(), 'Library', 'Application Support', 'Powerhall');
    default:
      return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Powerhall');
  }
}
