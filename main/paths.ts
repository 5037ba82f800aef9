import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest folder above this module holding package.json: the checkout, or the packaged app. */
function findAppRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Powerhall cannot find its package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

let root: string | undefined;

export function appRoot(): string {
  root ??= findAppRoot();
  return root;
}

/** Catalogs, samples and schemas. */
export function resourcesDir(): string {
  return process.env.POWERHALL_RESOURCES_DIR ?? join(appRoot(), 'resources');
}

/** The built renderer that the Electron window and browser mode serve. */
export function rendererDir(): string {
  return process.env.POWERHALL_RENDERER_DIR ?? join(appRoot(), 'dist', 'renderer');
}
