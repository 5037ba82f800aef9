import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { bundleCli } from '../../main/build/bundle-cli.ts';
import { main } from '../../main/cli/main.ts';
import { REPO_ROOT } from './serve.ts';

/** Runs the real CLI entry in-process and captures what it prints. */
export async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, {
    out: (t) => (out += t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => (err += t.endsWith('\n') ? t : `${t}\n`),
  });
  return { code, out, err };
}

export interface InstalledCli {
  /** A copy of the checkout's sources with its own freshly built dist/cli, as after `npm ci`. */
  checkout: string;
  /** The package as `npm install -g` lays it out: only what `npm pack` ships, plus the dependencies. */
  installed: string;
  /** `<prefix>/bin/powerhall`, the link to the installed bin that a global install puts on the PATH. */
  bin: string;
  /** What `npm pack` would ship, relative to the package root. */
  packed: string[];
  /** The environment to run it in: this one, with the CLI's code caches kept in the install's own folder. */
  env: NodeJS.ProcessEnv;
  remove(): void;
}

/**
 * Builds the CLI from a copy of the sources and installs the packed files the way a global install does, so that
 * tests and the bench run the real built CLI, whatever state the shared working tree's dist/ is in.
 */
export async function installCli(): Promise<InstalledCli> {
  const prefix = mkdtempSync(join(tmpdir(), 'powerhall-global-'));
  const checkout = join(prefix, 'checkout');
  for (const part of ['package.json', 'tsconfig.base.json', 'main', 'shared', 'resources']) cpSync(join(REPO_ROOT, part), join(checkout, part), { recursive: true });
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(checkout, 'node_modules'), 'dir');
  await bundleCli(checkout);

  const pack = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: checkout,
    encoding: 'utf8',
  });
  if (pack.status !== 0) throw new Error(`npm pack --dry-run failed: ${pack.stderr}`);
  const packed = (JSON.parse(pack.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);

  const installed = join(prefix, 'lib', 'node_modules', 'powerhall');
  for (const file of packed) {
    mkdirSync(dirname(join(installed, file)), { recursive: true });
    cpSync(join(checkout, file), join(installed, file));
  }
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(installed, 'node_modules'), 'dir');
  const bin = join(prefix, 'bin', 'powerhall');
  mkdirSync(dirname(bin));
  symlinkSync(join('..', 'lib', 'node_modules', 'powerhall', 'main', 'cli', 'bin.js'), bin);
  chmodSync(join(installed, 'main', 'cli', 'bin.js'), 0o755);
  const env = { ...process.env, POWERHALL_CACHE_DIR: join(prefix, 'cache') };
  return { checkout, installed, bin, packed, env, remove: () => rmSync(prefix, { recursive: true, force: true }) };
}
