import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// electron-builder cannot package here (it downloads Electron), but its own schema validation runs offline.
const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(dir: string, path: string | null, fromOptions: null): Promise<Record<string, unknown>>;
  validateConfiguration(config: Record<string, unknown>, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    const config = await getConfig(root, `${root}/electron-builder.yml`, null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config.productName).toBe('Powerhall');
    expect(config.npmRebuild).toBe(false);
  });

  it('rejects a misspelled key, so the test above can fail', async () => {
    const config = { ...(await getConfig(root, `${root}/electron-builder.yml`, null)), prodctName: 'typo' };
    await expect(validateConfiguration(config, new DebugLogger(false))).rejects.toThrow(/prodctName/);
  });

  it('rejects a misspelled fuse, so a fuse meant to be set cannot be silently ignored', async () => {
    const config = await getConfig(root, `${root}/electron-builder.yml`, null);
    const fuses = { ...(config.electronFuses as Record<string, boolean>), runAsNodee: false };
    await expect(validateConfiguration({ ...config, electronFuses: fuses }, new DebugLogger(false))).rejects.toThrow(/configuration\.electronFuses/);
  });
});
