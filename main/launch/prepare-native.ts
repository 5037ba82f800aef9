// `npm run dist`, first step: the Electron build of better-sqlite3, copied where electron-builder.yml packs it from.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { appRoot } from '../paths.ts';
import { LaunchError, ensureElectronSqlite } from './electron-runtime.ts';

try {
  const binding = await ensureElectronSqlite();
  const packed = join(appRoot(), '.native', 'package');
  mkdirSync(packed, { recursive: true });
  copyFileSync(binding, join(packed, 'better_sqlite3.node'));
  console.log(`better-sqlite3 for Electron: ${binding}`);
} catch (error) {
  if (!(error instanceof LaunchError)) throw error;
  console.error(`powerhall: ${error.message}`);
  process.exitCode = 1;
}
