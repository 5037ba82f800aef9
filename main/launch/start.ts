// `npm start`: the Electron app on the bundled sample project (or --project FILE). It checks for the Electron
// runtime first, so that where none can be had it fails at once with one line, before building anything.
import { spawn, spawnSync } from 'node:child_process';
import { appRoot } from '../paths.ts';
import { LaunchError, ensureElectronBinary, ensureElectronSqlite } from './electron-runtime.ts';

try {
  const electron = ensureElectronBinary();
  const build = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'build'], {
    cwd: appRoot(),
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new LaunchError('the build failed (see above)');
  const binding = await ensureElectronSqlite();
  const child = spawn(electron, [appRoot(), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, POWERHALL_SQLITE_BINDING: binding },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
} catch (error) {
  if (!(error instanceof LaunchError)) throw error;
  console.error(`powerhall: ${error.message}`);
  process.exitCode = 1;
}
