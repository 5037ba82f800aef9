import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserSessionFile } from '../../main/server/session-store.ts';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = join(REPO_ROOT, 'main', 'cli', 'bin.js');

export interface ServeProcess {
  /** The single-use link, as printed (its launch token is in the fragment). */
  url: string;
  origin: string;
  port: number;
  /** The session secret API calls carry in the x-powerhall-token header (read from the data folder, as a tab gets it). */
  token: string;
  /** The project being served. */
  projectPath: string;
  /** The data folder the run used (the sample copy lives there when no project was given). */
  dataDir: string;
  output(): string;
  /** Stops the server (SIGTERM) and removes its data folder unless `keepData`. */
  stop(options?: { keepData?: boolean }): Promise<void>;
  /** Kills the server with SIGKILL, as a crash would; the data folder stays. */
  kill(): Promise<void>;
  /** Sends `signal` and waits for the server to exit; resolves with its exit code. */
  signalAndWait(signal: NodeJS.Signals): Promise<number | null>;
}

export interface ServeOptions {
  project?: string;
  env?: NodeJS.ProcessEnv;
  /** Reuse a data folder (a restart); a fresh one otherwise. */
  dataDir?: string;
  port?: number;
  newToken?: boolean;
}

/**
 * Starts the real `powerhall serve` as a child process and waits for the link it prints. Without `project`, it
 * opens its own copy of the bundled sample in the data folder.
 */
export async function startServe(options: ServeOptions = {}): Promise<ServeProcess> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'powerhall-data-'));
  const args = [CLI, 'serve', '--port', String(options.port ?? 0), ...(options.project ? ['--project', options.project] : [])];
  if (options.newToken) args.push('--new-token');
  const child: ChildProcess = spawn(process.execPath, args, {
    env: { ...process.env, POWERHALL_DATA_DIR: dataDir, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`powerhall serve printed no link in 60 s:\n${output}`)), 60_000);
    const check = () => {
      const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/#launch=[\w-]+)/.exec(output);
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
  const projectPath = /Powerhall is serving .* \((.*)\)\n/.exec(output)![1]!;
  const token = (JSON.parse(readFileSync(browserSessionFile(projectPath, dataDir), 'utf8')) as { secret: string }).secret;
  const parsed = new URL(url);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    url,
    origin: parsed.origin,
    port: Number(parsed.port),
    token,
    projectPath,
    dataDir,
    output: () => output,
    stop: async ({ keepData = false } = {}) => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
    signalAndWait: async (signal) => {
      child.kill(signal);
      await exited;
      return child.exitCode;
    },
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}
