import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/** A fresh temporary folder per test, also used as the app data folder so backups stay inside it. */
export function useTempDir(): { readonly path: string; file(name: string): string } {
  const state = { path: '' };
  beforeEach(() => {
    state.path = mkdtempSync(join(tmpdir(), 'powerhall-store-'));
    process.env.POWERHALL_DATA_DIR = join(state.path, 'app-data');
  });
  afterEach(() => {
    delete process.env.POWERHALL_DATA_DIR;
    rmSync(state.path, { recursive: true, force: true });
  });
  return {
    get path() {
      return state.path;
    },
    file: (name: string) => join(state.path, name),
  };
}
