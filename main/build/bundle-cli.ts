// The `powerhall` CLI as bundled JavaScript in dist/cli, so that it starts without compiling TypeScript.
// `powerhall --help` must not pay for loading the commands (the engine, zod, SQLite, the HTTP server): the entry
// chunk gets each command's name, summary and usage, read from the commands themselves at build time, and loads
// a command's code (its own lazy chunk) when it runs.
import { build, type Plugin } from 'esbuild';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CliCommand } from '../cli/command.ts';
import { NODE_TARGET, REQUIRE_BANNER } from './esbuild-common.ts';

/** The bundle's entry, which main/cli/bin.js loads, and the list of sources it was built from. */
export const CLI_ENTRY = 'powerhall.mjs';
export const CLI_INPUTS = 'inputs.json';

const COMMANDS_DIR = 'main/cli/commands';

/** Where each command is defined: the module under main/cli/commands and the export that holds it. */
async function commandSources(root: string, commands: readonly CliCommand[]): Promise<Map<string, { path: string; name: string }>> {
  const dir = join(root, COMMANDS_DIR);
  const sources = new Map<string, { path: string; name: string }>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
    const path = join(dir, file);
    const exports = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      const command = commands.find((c) => c === value);
      if (command) sources.set(command.name, { path, name });
    }
  }
  return sources;
}

/**
 * Replaces the command list that main/cli/main.ts imports with the commands' help data and, for each, a lazy
 * import of its own module (so `bill` does not load the HTTP server); a command defined elsewhere is loaded
 * through the real list.
 */
function lazyCommands(root: string, commands: readonly CliCommand[], sources: Map<string, { path: string; name: string }>): Plugin {
  const list = join(root, COMMANDS_DIR, 'index.ts');
  const loader = (name: string) => {
    const source = sources.get(name);
    return source
      ? `() => import(${JSON.stringify(source.path)}).then((m) => m[${JSON.stringify(source.name)}])`
      : `() => import(${JSON.stringify(list)}).then((m) => m.commands.find((c) => c.name === ${JSON.stringify(name)}))`;
  };
  const entries = commands.map(({ name, summary, usage }) =>
    `  { name: ${JSON.stringify(name)}, summary: ${JSON.stringify(summary)}, usage: ${JSON.stringify(usage)}, load: ${loader(name)} },`,
  );
  return {
    name: 'powerhall-lazy-commands',
    setup(builder) {
      builder.onResolve({ filter: /\/commands\/index\.ts$/ }, (args) =>
        args.importer === join(root, 'main/cli/main.ts') ? { path: `${COMMANDS_DIR}/index.ts`, namespace: 'lazy-commands' } : undefined,
      );
      builder.onLoad({ filter: /.*/, namespace: 'lazy-commands' }, () => ({
        resolveDir: join(root, COMMANDS_DIR),
        loader: 'js',
        contents: [
          'export const commands = [',
          ...entries,
          '].map(({ load, ...command }) => ({ ...command, run: async (args, io) => (await load()).run(args, io) }));',
        ].join('\n'),
      }));
    },
  };
}

/**
 * zod's namespace export carries every message locale (half of its code), which esbuild cannot shake out of
 * `import { z } from 'zod'`; Powerhall's messages are English, so the bundle keeps only `en`.
 */
const englishZodMessagesOnly: Plugin = {
  name: 'powerhall-zod-english',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({
      contents: "export { default as en } from './en.js';",
      loader: 'js',
    }));
  },
};

/** Builds the CLI of the checkout at `root` into `outDir` (by default dist/cli), replacing what was there. */
export async function bundleCli(root: string, outDir = join(root, 'dist', 'cli')): Promise<void> {
  const { commands } = (await import(pathToFileURL(join(root, COMMANDS_DIR, 'index.ts')).href)) as { commands: readonly CliCommand[] };
  const sources = await commandSources(root, commands);
  // Built beside the target and swapped in, so that a run of `powerhall` never sees half a bundle.
  const staging = `${outDir}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { [CLI_ENTRY.replace(/\.mjs$/, '')]: join(root, 'main/cli/main.ts') },
    outdir: staging,
    outExtension: { '.js': '.mjs' },
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: NODE_TARGET.cli,
    external: ['better-sqlite3'],
    banner: { js: REQUIRE_BANNER },
    plugins: [lazyCommands(root, commands, sources), englishZodMessagesOnly],
    metafile: true,
    logLevel: 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.includes('node_modules/') && !p.includes(':'));
  writeFileSync(join(staging, CLI_INPUTS), `${JSON.stringify(inputs.sort(), null, 1)}\n`);
  mkdirSync(dirname(outDir), { recursive: true });
  swapIn(staging, outDir);
}

/** Two builds at once (engineers share a working tree) may race here; the last one to rename wins. */
function swapIn(staging: string, outDir: string): void {
  for (let attempt = 0; ; attempt += 1) {
    rmSync(outDir, { recursive: true, force: true });
    try {
      renameSync(staging, outDir);
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}
