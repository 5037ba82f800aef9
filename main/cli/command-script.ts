import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, Script } from 'node:vm';
import type { CliIo } from './command.ts';

/**
 * The bundled CLI runs each command from its own CommonJS script (main/build/bundle-cli.ts writes them) through a
 * V8 code cache, the compiled code of the script's previous run: it saves compiling the script's code again at
 * every start. Node 20 has no code cache for ES modules, hence scripts. The cache of a command is written after
 * its first successful run, into the user's cache folder. It is used only when it was made from this exact
 * script text and reads back whole; anything else (missing, another build, damaged, unwritable folder, a V8 that
 * refuses it) means compiling from the source, as without a cache.
 */

/** What a command script exports. */
interface CommandScript {
  run(args: readonly string[], io: CliIo): Promise<number>;
}

const MAGIC = Buffer.from('powerhall-code-cache 1\n');
const HASH_BYTES = 32;

const sha256 = (data: Buffer | string): Buffer => createHash('sha256').update(data).digest();

/** POWERHALL_CACHE_DIR when set, otherwise the user's cache folder of each OS; the code caches go in cli-code-cache. */
function codeCacheDir(): string {
  const fromEnv = process.env.POWERHALL_CACHE_DIR;
  const root = fromEnv
    ? fromEnv
    : process.platform === 'win32'
      ? join(process.env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'Powerhall', 'Cache')
      : process.platform === 'darwin'
        ? join(homedir(), 'Library', 'Caches', 'Powerhall')
        : join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'powerhall');
  return join(root, 'cli-code-cache');
}

/**
 * The cache file of one script: named by the script and its place, so that two installed copies keep their own.
 * Undefined where there is no cache folder at all (no home folder to find one in).
 */
function cacheFileOf(scriptPath: string): string | undefined {
  try {
    return join(codeCacheDir(), `${basename(scriptPath, '.cjs')}-${sha256(scriptPath).toString('hex').slice(0, 16)}.bin`);
  } catch {
    return undefined;
  }
}

/** The cached code for a script whose text hashes to `sourceHash`, or undefined when there is none that fits. */
function readCodeCache(file: string, sourceHash: Buffer): Buffer | undefined {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    return undefined;
  }
  const header = MAGIC.length + 2 * HASH_BYTES;
  if (data.length <= header || !data.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  if (!data.subarray(MAGIC.length, MAGIC.length + HASH_BYTES).equals(sourceHash)) return undefined;
  const payload = data.subarray(header);
  return sha256(payload).equals(data.subarray(MAGIC.length + HASH_BYTES, header)) ? payload : undefined;
}

/** Writes a cache whole or not at all (a temporary file renamed over the old one); a folder it cannot write is skipped. */
function writeCodeCache(file: string, sourceHash: Buffer, payload: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(temporary, Buffer.concat([MAGIC, sourceHash, sha256(payload), payload]));
    renameSync(temporary, file);
  } catch {
    // A cache is only a speed-up: without one, the next run compiles the script again.
  }
}

/** Runs a command's script: compiled with its code cache when a fitting one is there, and caching it after a success. */
export async function runCommandScript(scriptUrl: URL, args: readonly string[], io: CliIo): Promise<number> {
  const path = fileURLToPath(scriptUrl);
  const source = readFileSync(path);
  const sourceHash = sha256(source);
  const cacheFile = cacheFileOf(path);
  const cachedData = cacheFile === undefined ? undefined : readCodeCache(cacheFile, sourceHash);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source.toString('utf8')}\n})`, {
    filename: path,
    cachedData,
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} as CommandScript };
  (script.runInThisContext() as (...wrapper: unknown[]) => void)(module.exports, createRequire(path), module, path, dirname(path));
  const code = await module.exports.run(args, io);
  // After the run, the cache holds the code compiled while it ran, not only the script's outer layer.
  if (cacheFile !== undefined && code === 0 && (cachedData === undefined || script.cachedDataRejected === true)) {
    writeCodeCache(cacheFile, sourceHash, script.createCachedData());
  }
  return code;
}
