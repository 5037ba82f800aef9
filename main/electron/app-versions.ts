// What About and Help → Export diagnostics say the app is made of: the versions a supporter asks for first.
import type { AboutPanelOptionsOptions } from 'electron';
import { CURRENT_SCHEMA_VERSION } from '../store/migrations/index.ts';
import { openSqlite } from '../store/open-database.ts';

export interface RuntimeVersions {
  readonly app: string;
  /** process.versions of the main process. */
  readonly process: Readonly<Partial<Record<'electron' | 'chrome' | 'node' | 'v8', string>>>;
  /** e.g. 'linux x64 6.8.0'. */
  readonly platform: string;
}

/** The SQLite library the loaded better-sqlite3 build carries (the one that reads and writes project files). */
export function sqliteVersion(): string {
  const db = openSqlite(':memory:', { readonly: false, fileMustExist: false });
  try {
    return (db.prepare('select sqlite_version() as version').get() as { version: string }).version;
  } finally {
    db.close();
  }
}

/** App, Electron, Chromium, Node, SQLite and the project schema this build writes, in the order shown. */
export function appVersions(runtime: RuntimeVersions, sqlite: string): Record<string, string> {
  const known = (version: string | undefined) => version ?? 'not running in Electron';
  return {
    Powerhall: runtime.app,
    Electron: known(runtime.process.electron),
    Chromium: known(runtime.process.chrome),
    Node: runtime.process.node ?? 'unknown',
    V8: runtime.process.v8 ?? 'unknown',
    SQLite: sqlite,
    'Project schema': `version ${CURRENT_SCHEMA_VERSION}`,
    platform: runtime.platform,
  };
}

/** The About box's text: one line per version. */
export function aboutDetail(versions: Readonly<Record<string, string>>): string {
  return Object.entries(versions)
    .map(([name, version]) => `${name}: ${version}`)
    .join('\n');
}

/** macOS's own About panel (the app menu's About role) with the same versions. */
export function aboutPanelOptions(versions: Readonly<Record<string, string>>): AboutPanelOptionsOptions {
  const { Powerhall: app = '', ...rest } = versions;
  return { applicationName: 'Powerhall', applicationVersion: app, version: '', credits: aboutDetail(rest) };
}
