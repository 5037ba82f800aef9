// `npm start`: the Electron app on the bundled sample project (or --project FILE), after the build.
import { spawn } from 'node:child_process';
import { appRoot } from '../paths.ts';
import { LaunchError, ensureElectronBinary, ensureElectronSqlite } from './electron-runtime.ts';

try {
  const electron = ensureElectronBinary();
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
