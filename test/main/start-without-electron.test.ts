import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/serve.ts';

const electronDir = join(createRequire(import.meta.url).resolve('electron/package.json'), '..');
const electronInstalled = existsSync(join(electronDir, 'path.txt'));

describe('npm start where the Electron runtime cannot be had', () => {
  // With a runtime installed (a developer's machine with internet), this would launch the real app instead.
  it.skipIf(electronInstalled)('fails at once with one line that names npm run serve, not a stack trace', () => {
    const cache = mkdtempSync(join(tmpdir(), 'powerhall-electron-cache-'));
    try {
      const result = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'main/launch/start.ts')], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        // A mirror that refuses connections and an empty cache make the download fail the same way everywhere.
        env: { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: cache },
        timeout: 60_000,
      });
      expect(result.status).toBe(1);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^powerhall: the Electron [\d.]+ runtime is not installed .*'npm run serve'/);
      expect(result.stdout).toBe('');
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
