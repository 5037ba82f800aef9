import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

// Root may write anywhere, so as root the child runs as the unprivileged 'nobody'; otherwise permissions suffice.
const asRoot = process.getuid?.() === 0;

/**
 * Runs node with `args` (under tsx) as a user who may read but not write `readOnly`, a folder or a .powerhall
 * file under `tempRoot`, with a data folder of its own there.
 */
export function runWithout(tempRoot: string, readOnly: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  chmodSync(tempRoot, 0o755);
  const data = join(tempRoot, 'app-data');
  mkdirSync(data, { recursive: true });
  chmodSync(data, 0o777);
  const isFile = readOnly.endsWith('.powerhall');
  if (!asRoot) chmodSync(readOnly, isFile ? 0o444 : 0o555);
  try {
    const run = spawnSync(process.execPath, ['--import', 'tsx', ...args], {
      encoding: 'utf8',
      env: { ...process.env, POWERHALL_DATA_DIR: data, HOME: data },
      timeout: 60_000,
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  } finally {
    if (!asRoot) chmodSync(readOnly, isFile ? 0o644 : 0o755);
  }
}
