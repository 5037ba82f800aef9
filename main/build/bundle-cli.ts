// The `powerhall` CLI as bundled JavaScript in dist/cli, so that it starts without compiling TypeScript.
// `powerhall --help` must not pay for loading the commands (the engine, zod, SQLite, the HTTP server): the entry
// chunk gets each command's name, summary and usage, read from the commands themselves at build time, and loads
// the commands' code (one lazy chunk) when one runs.
import { build, type Plugin } from 'esbuild';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CliCommand } from '../cli/command.ts';
import { NODE_TARGET, REQUIRE_BANNER } from './esbuild-common.ts';

/** The bundle's entry, which main/cli/bin.js loads, and the list of sources it was built from. */
export const CLI_ENTRY = 'powerhall.mjs';
export const CLI_INPUTS = 'inputs.json';

const COMMANDS_MODULE = 'main/cli/commands/index.ts';

/** Replaces the command list that main/cli/main.ts imports with help data and a lazy import of the real list. */
function lazyCommands(root: string, commands: readonly CliCommand[]): Plugin {
  const real = join(root, COMMANDS_MODULE);
  const help = commands.map(({ name, summary, usage }) => ({ name, summary, usage }));
  return {
    name: 'powerhall-lazy-commands',
    setup(builder) {
      builder.onResolve({ filter: /\/commands\/index\.ts$/ }, (args) =>
        args.importer === join(root, 'main/cli/main.ts') ? { path: COMMANDS_MODULE, namespace: 'lazy-commands' } : undefined,
      );
      builder.onLoad({ filter: /.*/, namespace: 'lazy-commands' }, () => ({
        resolveDir: dirname(real),
        loader: 'js',
        contents: [
          `const load = () => import(${JSON.stringify(real)}).then((m) => m.commands);`,
          `export const commands = ${JSON.stringify(help)}.map((command) => ({`,
          '  ...command,',
          '  async run(args, io) {',
          '    return (await load()).find((c) => c.name === command.name).run(args, io);',
          '  },',
          '}));',
        ].join('\n'),
      }));
    },
  };
}

/** Builds the CLI of the checkout at `root` into `outDir` (by default dist/cli), replacing what was there. */
export async function bundleCli(root: string, outDir = join(root, 'dist', 'cli')): Promise<void> {
  const { commands } = (await import(pathToFileURL(join(root, COMMANDS_MODULE)).href)) as { commands: readonly CliCommand[] };
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
    plugins: [lazyCommands(root, commands)],
    metafile: true,
    logLevel: 'warning',
  });
  const sources = Object.keys(result.metafile.inputs).filter((p) => !p.includes('node_modules/') && !p.includes(':'));
  writeFileSync(join(staging, CLI_INPUTS), `${JSON.stringify(sources.sort(), null, 1)}\n`);
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
