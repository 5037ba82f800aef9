// Bundles the Electron main process (ESM) and the preload (CommonJS, as sandboxed preloads must be) into dist/electron.
import { build, type BuildOptions } from 'esbuild';
import { join } from 'node:path';
import { appRoot } from '../paths.ts';

const root = appRoot();
const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3'],
};

await build({
  ...common,
  entryPoints: [join(root, 'main/electron/main.ts')],
  outfile: join(root, 'dist/electron/main.mjs'),
  format: 'esm',
  // Bundled CommonJS dependencies call require(); an ES module has none of its own.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
await build({
  ...common,
  entryPoints: [join(root, 'main/preload/preload.ts')],
  outfile: join(root, 'dist/electron/preload.cjs'),
  format: 'cjs',
});
