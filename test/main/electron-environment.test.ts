import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_OVERRIDES, applyOverrides, trustedOverrides } from '../../main/electron/trusted-environment.ts';

const foreign = {
  POWERHALL_SQLITE_BINDING: '/tmp/evil.node',
  POWERHALL_RENDERER_DIR: '/tmp/evil-pages',
  POWERHALL_RESOURCES_DIR: '/tmp/evil-resources',
  POWERHALL_DATA_DIR: '/home/me/data',
  PATH: '/usr/bin',
};

describe('environment overrides', () => {
  it('are honoured in development, where npm start points the app at the Electron build of SQLite', () => {
    expect(trustedOverrides(false, foreign, '/opt/Powerhall/resources')).toEqual({
      POWERHALL_SQLITE_BINDING: '/tmp/evil.node',
      POWERHALL_RENDERER_DIR: '/tmp/evil-pages',
      POWERHALL_RESOURCES_DIR: '/tmp/evil-resources',
    });
  });

  it('are ignored when packaged: no foreign code or pages on the app origin, the shipped SQLite binding', () => {
    const resources = join('/opt', 'Powerhall', 'resources');
    const values = trustedOverrides(true, foreign, resources);
    expect(values).toEqual({
      POWERHALL_SQLITE_BINDING: join(resources, 'native', 'better_sqlite3.node'),
      POWERHALL_RENDERER_DIR: undefined,
      POWERHALL_RESOURCES_DIR: undefined,
    });
    const env: Record<string, string | undefined> = { ...foreign };
    applyOverrides(env, values);
    expect(env).toEqual({ POWERHALL_SQLITE_BINDING: join(resources, 'native', 'better_sqlite3.node'), POWERHALL_DATA_DIR: '/home/me/data', PATH: '/usr/bin' });
    for (const name of DEVELOPMENT_OVERRIDES.filter((n) => n !== 'POWERHALL_SQLITE_BINDING')) expect(name in env, name).toBe(false);
  });
});
