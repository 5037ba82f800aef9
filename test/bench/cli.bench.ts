// CLI start-up, as the whole process a user waits for: `powerhall --help` and `powerhall bill` of the sample, run
// through the bin link of a global install of the built CLI, against the same commands run from the TypeScript
// sources through tsx (what the bin did before the bundle) and against an empty `node`. The built CLI's code cache
// (main/cli/command-script.ts) is written by the unmeasured first run, as by a user's first run after installing;
// the line "no code cache" runs it where no cache can be kept, as every run would be without one.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { SAMPLE_FILE } from '../../main/app/sample-project.ts';
import { installCli } from '../support/run-cli.ts';

const RUNS = 11;

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * CPU time (user + system) of this process's finished children, from Linux's /proc (in clock ticks of 10 ms):
 * on a busy machine it moves far less than wall time. Undefined elsewhere.
 */
function childCpuMs(): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
  // After the command name: field 3 is the state; cutime and cstime are fields 16 and 17.
  return (Number(fields[16 - 3]) + Number(fields[17 - 3])) * 10;
}

/** Medians of the whole process's wall and CPU time, after one unmeasured run that warms the file cache. */
function measure(command: string, args: string[], env: NodeJS.ProcessEnv): string {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i <= RUNS; i += 1) {
    const cpu0 = childCpuMs();
    const t = performance.now();
    const result = spawnSync(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    const ms = performance.now() - t;
    const cpu1 = childCpuMs();
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    if (i === 0) continue;
    wall.push(ms);
    if (cpu0 !== undefined && cpu1 !== undefined) cpu.push(cpu1 - cpu0);
  }
  const fmt = (ms: number) => `${ms.toFixed(0).padStart(4)} ms`;
  return `${fmt(median(wall))}${cpu.length > 0 ? `  (cpu ${fmt(median(cpu))})` : ''}`;
}

const cli = await installCli();
try {
  // A source newer than the checkout copy's bundle makes its bin run the sources through tsx.
  const later = new Date(Date.now() + 3_600_000);
  utimesSync(join(cli.checkout, 'main', 'cli', 'main.ts'), later, later);
  const fromSources = join(cli.checkout, 'main', 'cli', 'bin.js');
  // The copy's own sample, which its code was built to read.
  const bill = ['bill', join(cli.installed, 'resources', 'samples', SAMPLE_FILE)];

  // A file where the cache folder would be: the CLI keeps no code cache there.
  const noCacheDir = join(cli.installed, 'not-a-folder');
  writeFileSync(noCacheDir, '');

  const environments: [string, NodeJS.ProcessEnv][] = [['as this environment runs it', cli.env]];
  // Node reads the file NODE_EXTRA_CA_CERTS names at every start, before any script runs.
  if (cli.env.NODE_EXTRA_CA_CERTS) {
    const { NODE_EXTRA_CA_CERTS: _certs, ...rest } = cli.env;
    environments.push(['without NODE_EXTRA_CA_CERTS', rest]);
  }
  // Whole-process times move with whatever else the machine runs; the load says how busy it was.
  console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`);
  for (const [label, env] of environments) {
    console.log(`${label}: median of ${RUNS} whole-process runs, wall time (CPU time)`);
    console.log(`  node -e 0 (Node's own start)        ${measure(process.execPath, ['-e', '0'], env)}`);
    console.log(`  powerhall --help   built CLI        ${measure(cli.bin, ['--help'], env)}   (goal ≤ 100 ms)`);
    console.log(`  powerhall --help   sources (tsx)    ${measure(process.execPath, [fromSources, '--help'], env)}`);
    console.log(`  powerhall bill     built CLI        ${measure(cli.bin, bill, env)}   (goal ≤ 200 ms)`);
    console.log(`  powerhall bill     no code cache    ${measure(cli.bin, bill, { ...env, POWERHALL_CACHE_DIR: noCacheDir })}`);
    console.log(`  powerhall bill     sources (tsx)    ${measure(process.execPath, [fromSources, ...bill], env)}`);
  }
} finally {
  cli.remove();
}
