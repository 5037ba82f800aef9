// The Electron main process (ESM) and the preload (CommonJS, as sandboxed preloads must be), into dist/electron.
import { build, type BuildOptions } from 'esbuild';
import { join } from 'node:path';
import { EXPORT_WORKER_BUNDLE } from '../export/export-worker-run.ts';
import { NODE_TARGET, REQUIRE_BANNER } from './esbuild-common.ts';

/** Builds the shell of the checkout at `root` into `outDir` (by default dist/electron). */
export async function bundleElectron(root: string, outDir = join(root, 'dist', 'electron')): Promise<void> {
  const common: BuildOptions = {
    bundle: true,
    platform: 'node',
    target: NODE_TARGET.electron,
    sourcemap: true,
    logLevel: 'warning',
    external: ['electron', 'better-sqlite3'],
  };
  await build({
    ...common,
    entryPoints: [join(root, 'main/electron/main.ts')],
    outfile: join(outDir, 'main.mjs'),
    format: 'esm',
    banner: { js: REQUIRE_BANNER },
  });
  // Exports run in a worker thread (main/export/export-worker-run.ts), which loads this file beside main.mjs.
  await build({
    ...common,
    entryPoints: [join(root, 'main/export/export-worker.ts')],
    outfile: join(outDir, EXPORT_WORKER_BUNDLE),
    format: 'esm',
    banner: { js: REQUIRE_BANNER },
  });
  await build({
    ...common,
    entryPoints: [join(root, 'main/preload/preload.ts')],
    outfile: join(outDir, 'preload.cjs'),
    format: 'cjs',
  });
}
