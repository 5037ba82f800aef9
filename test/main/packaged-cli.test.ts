import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, renameSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleDocumentPath } from '../../main/app/sample-project.ts';
import { installCli, runCli, type InstalledCli } from '../support/run-cli.ts';

// The CLI as users get it: the bundle `npm run build` makes, installed the way `npm install -g` lays it out.
describe('the built powerhall CLI, installed globally', () => {
  let cli: InstalledCli;
  beforeAll(async () => {
    cli = await installCli();
  });
  afterAll(() => cli?.remove());

  const run = (args: string[], bin = cli.bin) => spawnSync(bin, args, { cwd: tmpdir(), env: cli.env, encoding: 'utf8' });

  it('ships the bin, the bundle, the renderer and the resources, and no sources or tests', () => {
    for (const file of ['main/cli/bin.js', 'dist/cli/powerhall.mjs', 'dist/cli/inputs.json', 'resources/samples/north-shore-campus.json', 'resources/catalog/equipment.json']) {
      expect(cli.packed, file).toContain(file);
    }
    // `powerhall serve` needs the built renderer, which this copy does not build.
    expect((JSON.parse(readFileSync(join(cli.checkout, 'package.json'), 'utf8')) as { files: string[] }).files).toContain('dist/renderer/');
    expect(cli.packed.filter((f) => f.endsWith('.ts') || f.startsWith('test/') || f.startsWith('shared/'))).toEqual([]);
  });

  it('prints its help from the bundle through the bin link, from any folder', () => {
    const result = run(['--help']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: powerhall <command>');
    for (const command of ['bill', 'serve', 'size', 'import', 'export', 'restore']) expect(result.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(run(['bill', '--help']).stdout).toMatch(/^Usage: powerhall bill FILE/);
  });

  it("loads none of the commands' code for help: the entry's static imports hold no schema library or engine", () => {
    // The entry is an ES module; the commands are their scripts (.cjs) and the chunks the entry imports lazily.
    const dir = join(cli.installed, 'dist', 'cli');
    const statically = new Set<string>();
    const visit = (file: string) => {
      if (statically.has(file)) return;
      statically.add(file);
      const code = readFileSync(join(dir, file), 'utf8');
      for (const [, imported] of code.matchAll(/^(?:import|export)\b[^'"]*?["']\.\/([\w.-]+\.mjs)["']/gm)) visit(imported!);
    };
    visit('powerhall.mjs');
    const all = readdirSync(dir).filter((f) => f.endsWith('.mjs') || f.endsWith('.cjs'));
    const lazy = all.filter((f) => !statically.has(f));
    const text = (files: string[]) => files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    expect(lazy.length).toBeGreaterThan(0);
    expect(text([...statically])).not.toMatch(/ZodError|computeBill|better-sqlite3/);
    expect(text(lazy)).toMatch(/ZodError/);
    expect(text(lazy)).toMatch(/better-sqlite3/);
  });

  it('prints the same bill as the sources do, and the same errors with the same exit codes', async () => {
    const args = ['bill', sampleDocumentPath(), '--format', 'json'];
    const built = run(args);
    const fromSources = await runCli(args);
    expect(built.stderr).toBe(fromSources.err);
    expect(built.status).toBe(fromSources.code);
    expect(JSON.parse(built.stdout)).toEqual(JSON.parse(fromSources.out));

    const missing = run(['bill', join(tmpdir(), 'no-such-project.powerhall')]);
    const missingFromSources = await runCli(['bill', join(tmpdir(), 'no-such-project.powerhall')]);
    expect([missing.status, missing.stderr]).toEqual([missingFromSources.code, missingFromSources.err]);
    expect(run(['bil']).status).toBe(2);
  });

  it('exits 0 without a stack trace when the reader of its output has gone (| head)', async () => {
    const child = spawn(cli.bin, ['bill', sampleDocumentPath(), '--format', 'json'], { env: cli.env, stdio: ['ignore', 'pipe', 'pipe'] });
    // Closing our end at once means no reader is left when the CLI writes its bill.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('in a checkout whose sources are newer than the bundle, says so in one line and runs the sources', () => {
    const source = join(cli.checkout, 'main', 'cli', 'commands', 'size.ts');
    const later = new Date(Date.now() + 60_000);
    utimesSync(source, later, later);
    const result = run(['--help'], join(cli.checkout, 'main', 'cli', 'bin.js'));
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("powerhall: the CLI bundle (dist/cli) is older than main/cli/commands/size.ts; running the sources, which is slower. Run 'npm run build'.\n");
    expect(result.stdout).toContain('Usage: powerhall <command>');
  });

  it('installed without its bundle, says in one line to run npm run build and exits 1', () => {
    const dist = join(cli.installed, 'dist', 'cli');
    renameSync(dist, `${dist}.away`);
    try {
      const result = run(['--help']);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^powerhall: the CLI bundle \(dist\/cli\) is missing; run 'npm run build' in /);
    } finally {
      renameSync(`${dist}.away`, dist);
    }
  });
});
