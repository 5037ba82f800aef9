import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleDocumentPath } from '../../main/app/sample-project.ts';
import { installCli, runCli, type InstalledCli } from '../support/run-cli.ts';

// The built CLI runs each command's script through a V8 code cache kept in the user's cache folder
// (main/cli/command-script.ts). A cache is a speed-up only: whatever state it is in, the output is the script's own.
describe('the code cache of the built CLI', () => {
  let cli: InstalledCli;
  let cacheDir: string;
  let script: string;
  beforeAll(async () => {
    cli = await installCli();
    cacheDir = join(cli.env.POWERHALL_CACHE_DIR!, 'cli-code-cache');
    script = join(cli.installed, 'dist', 'cli', 'command-bill.cjs');
  });
  afterAll(() => cli?.remove());

  const bill = ['bill', sampleDocumentPath()];
  const run = (args = bill, env = cli.env) => spawnSync(cli.bin, args, { cwd: tmpdir(), env, encoding: 'utf8' });
  const cacheFile = () => {
    const files = readdirSync(cacheDir).filter((f) => f.startsWith('command-bill-') && f.endsWith('.bin'));
    expect(files).toHaveLength(1);
    return join(cacheDir, files[0]!);
  };

  it('is written after the first bill and used by the next, which prints the same bill as the sources', async () => {
    rmSync(cacheDir, { recursive: true, force: true });
    const fromSources = await runCli(bill);
    const first = run();
    expect([first.status, first.stderr]).toEqual([0, '']);
    expect(first.stdout).toBe(fromSources.out);
    const cached = readFileSync(cacheFile());
    const second = run();
    expect([second.status, second.stderr, second.stdout]).toEqual([0, '', fromSources.out]);
    // A cache V8 accepted is not written again.
    expect(readFileSync(cacheFile()).equals(cached)).toBe(true);
  });

  it('is not used for a script that changed, even one of the same length', () => {
    run();
    const original = readFileSync(script, 'utf8');
    const changed = original.replace('`IT load ${', '`IT LOAD ${');
    expect(changed).not.toBe(original);
    expect(changed.length).toBe(original.length);
    writeFileSync(script, changed);
    try {
      const result = run();
      expect([result.status, result.stderr]).toEqual([0, '']);
      // The code of the old script would print the old words.
      expect(result.stdout).toMatch(/^IT LOAD /);
    } finally {
      writeFileSync(script, original);
    }
  });

  it('is not used when damaged: the bill is the same and the cache is written again', () => {
    const expected = run().stdout;
    const file = cacheFile();
    const good = readFileSync(file);
    // 4 KiB of its code garbled: V8 itself does not check, and runs such code until it crashes.
    const damaged = Buffer.from(good);
    const from = Math.floor(damaged.length / 3);
    damaged.set(damaged.subarray(from, from + 4096).map((b) => b ^ 0x5a), from);
    writeFileSync(file, damaged);
    const result = run();
    expect([result.status, result.stderr, result.stdout]).toEqual([0, '', expected]);
    const rewritten = readFileSync(file);
    expect(rewritten.equals(damaged)).toBe(false);
    expect(rewritten.length).toBeGreaterThan(good.length / 2);

    writeFileSync(file, good.subarray(0, 1000));
    const truncated = run();
    expect([truncated.status, truncated.stderr, truncated.stdout]).toEqual([0, '', expected]);
  });

  it('is skipped, silently, where the cache folder cannot be written', () => {
    const blocker = join(cli.env.POWERHALL_CACHE_DIR!, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const result = run(bill, { ...cli.env, POWERHALL_CACHE_DIR: blocker });
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toMatch(/^IT load /);
    expect(statSync(blocker).isFile()).toBe(true);
  });

  it("reports a command's usage errors and refusals as the sources do, from inside its script", async () => {
    for (const args of [['bill'], ['bill', join(tmpdir(), 'no-such-project.json')], ['bill', sampleDocumentPath(), '--format', 'xml']]) {
      const built = run(args);
      const fromSources = await runCli(args);
      expect([built.status, built.stderr, built.stdout], args.join(' ')).toEqual([fromSources.code, fromSources.err, fromSources.out]);
    }
  });
});
