import { join } from 'node:path';

/**
 * Variables that make a development run load code or pages from elsewhere. In a packaged app any of them would
 * load foreign code on the trusted powerhall://app origin, so there they are ignored.
 */
export const DEVELOPMENT_OVERRIDES = ['POWERHALL_SQLITE_BINDING', 'POWERHALL_RENDERER_DIR', 'POWERHALL_RESOURCES_DIR'] as const;
export type DevelopmentOverride = (typeof DEVELOPMENT_OVERRIDES)[number];

/** The Electron build of better-sqlite3 in a packaged app, under its resources folder (electron-builder.yml). */
export const SQLITE_BINDING_IN_RESOURCES = join('native', 'better_sqlite3.node');

/**
 * The values the main process runs with for the development overrides: the environment's own in development;
 * packaged, none of them, except the SQLite binding, which is the one shipped beside the asar.
 */
export function trustedOverrides(
  isPackaged: boolean,
  env: Readonly<Record<string, string | undefined>>,
  resourcesPath: string,
): Record<DevelopmentOverride, string | undefined> {
  if (!isPackaged) {
    return Object.fromEntries(DEVELOPMENT_OVERRIDES.map((name) => [name, env[name]])) as Record<DevelopmentOverride, string | undefined>;
  }
  return {
    POWERHALL_SQLITE_BINDING: join(resourcesPath, SQLITE_BINDING_IN_RESOURCES),
    POWERHALL_RENDERER_DIR: undefined,
    POWERHALL_RESOURCES_DIR: undefined,
  };
}

/** Writes `values` into `env`, removing the variables whose value is undefined. */
export function applyOverrides(env: Record<string, string | undefined>, values: Record<DevelopmentOverride, string | undefined>): void {
  for (const name of DEVELOPMENT_OVERRIDES) {
    const value = values[name];
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
}
