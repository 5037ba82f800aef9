// The `powerhall` CLI as bundled JavaScript in dist/cli, so that it starts without compiling TypeScript.
// `powerhall --help` must not pay for loading the commands (the engine, zod, SQLite, the HTTP server): the entry
// (an ES module) gets each command's name, summary and usage, read from the commands themselves at build time.
// Each command is its own CommonJS script, loaded when it runs through a V8 code cache (main/cli/command-script.ts).
import { build, type Plugin } from 'esbuild';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CliCommand } from '../cli/command.ts';
import { EXPORT_WORKER_BUNDLE } from '../export/export-worker-run.ts';
import { NODE_TARGET, REQUIRE_BANNER } from './esbuild-common.ts';

/** The bundle's entry, which main/cli/bin.js loads, and the list of sources it was built from. */
export const CLI_ENTRY = 'powerhall.mjs';
export const CLI_INPUTS = 'inputs.json';

const COMMANDS_DIR = 'main/cli/commands';

/** What import.meta.url of the sources becomes in a command script. */
const SCRIPT_URL = '__powerhall_script_url';

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
  const elsewhere = commands.filter((c) => !sources.has(c.name)).map((c) => c.name);
  if (elsewhere.length > 0) throw new Error(`CLI commands not defined in a module of ${COMMANDS_DIR}: ${elsewhere.join(', ')}`);
  return sources;
}

/** The script of a command in dist/cli. */
const scriptOf = (name: string) => `command-${name}.cjs`;

/**
 * Replaces the command list that main/cli/main.ts imports with the commands' help data and, for each, a run that
 * loads the command's own script (so `bill` does not load the HTTP server, and help loads no command).
 */
function lazyCommands(root: string, commands: readonly CliCommand[]): Plugin {
  const loader = JSON.stringify(join(root, 'main/cli/command-script.ts'));
  const entries = commands.map(({ name, summary, usage }) =>
    `  { name: ${JSON.stringify(name)}, summary: ${JSON.stringify(summary)}, usage: ${JSON.stringify(usage)}, script: ${JSON.stringify(scriptOf(name))} },`,
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
          '].map(({ script, ...command }) => ({',
          '  ...command,',
          `  run: async (args, io) => (await import(${loader})).runCommandScript(new URL(\`./\${script}\`, import.meta.url), args, io),`,
          '}));',
        ].join('\n'),
      }));
    },
  };
}

/**
 * Each command's script: zod set to interpret (before any schema is built), then the command, run through
 * runCommand so that its errors are matched against the error classes of its own script.
 */
function commandScripts(root: string, sources: Map<string, { path: string; name: string }>): Plugin {
  return {
    name: 'powerhall-command-scripts',
    setup(builder) {
      builder.onResolve({ filter: /^powerhall-command:/ }, (args) => ({ path: args.path.slice('powerhall-command:'.length), namespace: 'command-script' }));
      builder.onLoad({ filter: /.*/, namespace: 'command-script' }, (args) => {
        const source = sources.get(args.path)!;
        return {
          resolveDir: root,
          loader: 'js',
          contents: [
            `import ${JSON.stringify(join(root, 'main/cli/interpreted-schemas.ts'))};`,
            `import { runCommand } from ${JSON.stringify(join(root, 'main/cli/run-command.ts'))};`,
            `import { ${source.name} as command } from ${JSON.stringify(source.path)};`,
            'export const run = (args, io) => runCommand(command, args, io);',
          ].join('\n'),
        };
      });
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
  const scripts = await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(commands.map((c) => [scriptOf(c.name).replace(/\.cjs$/, ''), `powerhall-command:${c.name}`])),
    outdir: staging,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: NODE_TARGET.cli,
    external: ['better-sqlite3'],
    // Strict, as the ES modules it is made of are; import.meta.url is the script's own URL.
    define: { 'import.meta.url': SCRIPT_URL },
    // Without comments a script is ASCII, which V8 holds in half the memory of the text with its comments (°C, ΔT).
    minifyWhitespace: true,
    banner: { js: `"use strict"; var ${SCRIPT_URL} = require("node:url").pathToFileURL(__filename).href;` },
    plugins: [commandScripts(root, sources), englishZodMessagesOnly],
    metafile: true,
    logLevel: 'warning',
  });
  const entry = await build({
    absWorkingDir: root,
    // The export worker too (browser mode's exports run in it), loaded from beside the chunks as export-worker.mjs.
    entryPoints: { [CLI_ENTRY.replace(/\.mjs$/, '')]: join(root, 'main/cli/main.ts'), [EXPORT_WORKER_BUNDLE.replace(/\.mjs$/, '')]: join(root, 'main/export/export-worker.ts') },
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
    plugins: [lazyCommands(root, commands), englishZodMessagesOnly],
    metafile: true,
    logLevel: 'warning',
  });
  const inputs = [...new Set([...Object.keys(scripts.metafile.inputs), ...Object.keys(entry.metafile.inputs)])].filter(
    (p) => !p.includes('node_modules/') && !p.includes(':'),
  );
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
