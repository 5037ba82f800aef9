import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = join(REPO_ROOT, 'main', 'cli', 'bin.js');

export interface ServeProcess {
  /** The URL with the token, as printed. */
  url: string;
  origin: string;
  token: string;
  /** The data folder the run used (the sample copy lives there when no project was given). */
  dataDir: string;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts the real `powerhall serve` as a child process on a free port and waits for the URL it prints.
 * Without `project`, it opens its own copy of the bundled sample in a fresh data folder.
 */
export async function startServe(options: { project?: string; env?: NodeJS.ProcessEnv } = {}): Promise<ServeProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'powerhall-data-'));
  const args = [CLI, 'serve', '--port', '0', ...(options.project ? ['--project', options.project] : [])];
  const child: ChildProcess = spawn(process.execPath, args, {
    env: { ...process.env, POWERHALL_DATA_DIR: dataDir, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`powerhall serve printed no URL in 60 s:\n${output}`)), 60_000);
    const check = () => {
      const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`powerhall serve exited with ${code}:\n${output}`));
    });
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token')!,
    dataDir,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
