import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Exit status of a process the shim took the power from. */
export const LOST_POWER = 86;

/** Compiles the power-loss shim (gcc, as better-sqlite3's own build needs) into test-results and returns its path. */
export function buildPowerLossShim(): string {
  const folder = join(import.meta.dirname, '..', '..', '..', 'test-results');
  mkdirSync(folder, { recursive: true });
  const shim = join(folder, `power-loss-shim-${process.pid}.so`);
  execFileSync('gcc', ['-shared', '-fPIC', '-O1', '-o', shim, join(import.meta.dirname, 'power-loss-shim.c'), '-ldl']);
  return shim;
}
