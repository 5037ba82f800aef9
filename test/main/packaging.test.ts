import { existsSync, readFileSync, readdirSync, statSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ICON_SIZES, pngSize, readIcns, readIco } from '../../main/build/icon-containers.ts';
import { SQLITE_BINDING_IN_RESOURCES } from '../../main/electron/trusted-environment.ts';
import { PACKED_SQLITE_BINDING } from '../../main/launch/electron-runtime.ts';

// electron-builder cannot package here (it downloads Electron), so its own file matchers are run against the
// built tree: the same `files`, `extraResources` and `asarUnpack` filters, with their default exclusions.
const require = createRequire(import.meta.url);
const { getConfig } = require('app-builder-lib/out/util/config/config') as {
  getConfig(dir: string, path: string | null, fromOptions: null): Promise<Config>;
};
type Filter = (file: string, stat: Stats) => boolean;
interface Matcher {
  from: string;
  to: string;
  patterns: string[];
  createFilter(): Filter;
}
const matchers = require('app-builder-lib/out/fileMatcher') as {
  getMainFileMatchers(appDir: string, to: string, expand: (p: string) => string, options: object, packager: object, outDir: string, compile: boolean): Matcher[];
  getNodeModuleFileMatcher(appDir: string, to: string, expand: (p: string) => string, options: object, packager: object): Matcher;
  getFileMatchers(config: Config, name: string, to: string, options: object): Matcher[] | null;
};
type Config = Record<string, unknown> & { directories: { output: string; buildResources: string } };

const root = fileURLToPath(new URL('../..', import.meta.url));
const APP = '/app';
const RESOURCES = '/resources';
const expand = (pattern: string) => pattern;

/** Files under `dir` that `filter` lets through, skipping folders it refuses, as the packager walks them. */
function walk(dir: string, filter: Filter, skip: (path: string) => boolean = () => false): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (skip(path)) continue;
    const stat = statSync(path);
    if (!filter(path, stat)) continue;
    if (stat.isDirectory()) files.push(...walk(path, filter, skip));
    else files.push(relative(root, path).split(sep).join('/'));
  }
  return files;
}

describe('the packaged app', () => {
  let config: Config;
  let appFiles: string[];
  beforeAll(async () => {
    config = await getConfig(root, join(root, 'electron-builder.yml'), null);
    const packager = {
      info: { projectDir: root, buildResourcesDir: config.directories.buildResources, isPrepackedAppAsar: false, config, debugLogger: { isEnabled: false } },
    };
    const [main] = matchers.getMainFileMatchers(root, APP, expand, {}, packager, join(root, config.directories.output), false);
    const skip = (path: string) => ['.git', 'node_modules'].includes(relative(root, path));
    appFiles = walk(root, main!.createFilter(), skip);
  });

  it('contains the built renderer, the shell, the catalog, the samples and package.json', () => {
    expect(existsSync(join(root, 'dist', 'renderer', 'index.html')), 'run npm run build first').toBe(true);
    for (const file of [
      'package.json',
      'dist/renderer/index.html',
      'dist/electron/main.mjs',
      'dist/electron/preload.cjs',
      // The export worker, loaded from beside main.mjs (main/export/export-worker-run.ts).
      'dist/electron/export-worker.mjs',
      'resources/catalog/equipment.json',
      'resources/catalog/factors.json',
      'resources/catalog/rack-profiles.json',
      'resources/catalog/sources.json',
      'resources/samples/north-shore-campus.json',
    ]) {
      expect(appFiles, file).toContain(file);
    }
    expect(appFiles.some((f) => /^dist\/renderer\/assets\/.+\.js$/.test(f))).toBe(true);
    const main = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string }).main;
    expect(appFiles).toContain(main);
  });

  it('leaves out sources, tests, source maps, the CLI bundle, the icons and the builder config', () => {
    const unwanted = appFiles.filter((f) =>
      /^(main|shared|renderer|test|\.native|release|resources\/icons|resources\/build|dist\/cli)\//.test(f) || f.endsWith('.map') || f === 'electron-builder.yml',
    );
    expect(unwanted).toEqual([]);
  });

  it('ships the Electron build of better-sqlite3 where the main process loads it, beside an unpacked loader', () => {
    const extra = matchers.getFileMatchers(config, 'extraResources', RESOURCES, { macroExpander: expand, customBuildOptions: {}, globalOutDir: join(root, 'release'), defaultSrc: root });
    const native = extra!.find((m) => m.from === join(root, PACKED_SQLITE_BINDING));
    expect(native, `extraResources from ${PACKED_SQLITE_BINDING}`).toBeDefined();
    expect(native!.to).toBe(join(RESOURCES, SQLITE_BINDING_IN_RESOURCES));

    const unpack = matchers.getFileMatchers(config, 'asarUnpack', APP, { macroExpander: expand, customBuildOptions: {}, globalOutDir: join(root, 'release'), defaultSrc: root })![0]!.createFilter();
    const loader = join(root, 'node_modules', 'better-sqlite3', 'lib', 'index.js');
    expect(unpack(loader, statSync(loader))).toBe(true);
    const other = join(root, 'node_modules', 'zod', 'package.json');
    expect(unpack(other, statSync(other))).toBe(false);

    // In node_modules the packager keeps better-sqlite3's JavaScript and drops its C sources and its Node build.
    const packager = { config, debugLogger: { isEnabled: false } };
    const modules = matchers.getNodeModuleFileMatcher(root, APP, expand, {}, packager).createFilter();
    const kept = (path: string) => modules(join(root, path), statSync(join(root, path)));
    expect(kept('node_modules/better-sqlite3/lib/database.js')).toBe(true);
    expect(kept('node_modules/better-sqlite3/package.json')).toBe(true);
    expect(kept('node_modules/better-sqlite3/src/better_sqlite3.cpp')).toBe(false);
  });

  it('builds AppImage and deb, a per-machine NSIS installer and a dmg, with the .powerhall file association', () => {
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'] });
    expect(config.win).toMatchObject({ target: 'nsis' });
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: true });
    expect(config.mac).toMatchObject({ target: 'dmg' });
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'powerhall', mimeType: 'application/x-powerhall' })]);
    expect(config.asar).toBe(true);
  });

  it('has an icon for each platform: sized PNGs for Linux, an .ico for Windows, an .icns for macOS', () => {
    const { linux, win, mac } = config as Record<string, { icon: string }>;
    const pngDir = join(root, linux!.icon);
    for (const size of ICON_SIZES) {
      expect(pngSize(readFileSync(join(pngDir, `${size}x${size}.png`))), `${size}`).toEqual({ width: size, height: size });
    }
    const ico = readIco(readFileSync(join(root, win!.icon)));
    expect(ico.map((i) => i.size)).toContain(256);
    for (const image of ico) expect(pngSize(image.png)).toEqual({ width: image.size, height: image.size });
    const icns = readIcns(readFileSync(join(root, mac!.icon)));
    const ic10 = icns.find((e) => e.type === 'ic10');
    expect(ic10 && pngSize(ic10.data)).toEqual({ width: 1024, height: 1024 });
  });

  it('sets the fuses of the security review', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
