// Getting Electron and an Electron build of better-sqlite3, without touching the Node build that the tests, the
// CLI and browser mode load from node_modules. Runs in plain Node, at `npm start` and `npm run dist` time.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { appRoot } from '../paths.ts';

const require = createRequire(import.meta.url);

/** Raised when a step cannot be done here; its message is one line meant for the user. */
export class LaunchError extends Error {}

export function electronVersion(): string {
  return (JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string }).version;
}

/** The Electron executable, downloading it on first use the way the electron package does. */
export function ensureElectronBinary(): string {
  const dir = join(require.resolve('electron/package.json'), '..');
  const pathFile = join(dir, 'path.txt');
  const installed = () => existsSync(pathFile) && existsSync(join(dir, 'dist', readFileSync(pathFile, 'utf8')));
  if (!installed()) {
    const result = spawnSync(process.execPath, [join(dir, 'install.js')], { encoding: 'utf8' });
    if (result.status !== 0 || !installed()) {
      throw new LaunchError(
        `the Electron ${electronVersion()} runtime is not installed and could not be downloaded (no internet access here?); ` +
          "run 'npm run serve' to use Powerhall in your browser instead.",
      );
    }
  }
  return join(dir, 'dist', readFileSync(pathFile, 'utf8'));
}

/** Where `npm run dist` puts the Electron build of better-sqlite3 for electron-builder.yml's extraResources. */
export const PACKED_SQLITE_BINDING = join('.native', 'package', 'better_sqlite3.node');

/** Where the Electron build of better-sqlite3 lives: beside node_modules, never replacing the Node build in it. */
export function electronSqliteDir(): string {
  return join(appRoot(), '.native', `electron-${electronVersion()}-${process.platform}-${process.arch}`);
}

export function electronSqliteBinding(): string {
  return join(electronSqliteDir(), 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
}

/** Builds (once per Electron version) better-sqlite3 for Electron in .native/ and returns the .node file. */
export async function ensureElectronSqlite(): Promise<string> {
  const binding = electronSqliteBinding();
  if (existsSync(binding)) return binding;
  const dir = electronSqliteDir();
  const source = join(require.resolve('better-sqlite3/package.json'), '..');
  const target = join(dir, 'node_modules', 'better-sqlite3');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(source, target, { recursive: true, filter: (path) => !path.includes(`${join(source, 'build')}`) });
  const version = (JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')) as { version: string }).version;
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'powerhall-native', private: true, dependencies: { 'better-sqlite3': version } }),
  );
  const { rebuild } = await import('@electron/rebuild');
  try {
    await rebuild({ buildPath: dir, electronVersion: electronVersion(), onlyModules: ['better-sqlite3'], force: true });
  } catch (error) {
    throw new LaunchError(
      `better-sqlite3 could not be built for Electron ${electronVersion()} (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); ` +
        "run 'npm run serve' to use Powerhall in your browser instead.",
    );
  }
  if (!existsSync(binding)) throw new LaunchError(`the Electron build of better-sqlite3 did not produce ${binding}`);
  return binding;
}
