// `npm run dist`, first step: the Electron build of better-sqlite3, copied where electron-builder.yml packs it from.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { appRoot } from '../paths.ts';
import { LaunchError, PACKED_SQLITE_BINDING, ensureElectronSqlite } from './electron-runtime.ts';

try {
  const binding = await ensureElectronSqlite();
  const packed = join(appRoot(), PACKED_SQLITE_BINDING);
  mkdirSync(dirname(packed), { recursive: true });
  copyFileSync(binding, packed);
  console.log(`better-sqlite3 for Electron: ${binding}`);
} catch (error) {
  if (!(error instanceof LaunchError)) throw error;
  console.error(`powerhall: ${error.message}`);
  process.exitCode = 1;
}
