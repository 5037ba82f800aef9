import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ProjectSession } from '../../app/project-session.ts';
import { ensureSampleProject } from '../../app/sample-project.ts';
import { rendererDir } from '../../paths.ts';
import { browserProjectFiles } from '../../server/browser-files.ts';
import { startBrowserServer, type BrowserServer } from '../../server/browser-server.ts';
import { browserSessionFor, rememberPort } from '../../server/session-store.ts';
import { appDataDir } from '../../services/app-data-dir.ts';
import { asEnvironmentError } from '../../services/file-system.ts';
import { parseCommandArgs } from '../args.ts';
import { CliUsageError, type CliCommand } from '../command.ts';

function parsePort(value: string | undefined): number | null {
  if (value === undefined) return null;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new CliUsageError(`--port must be a whole number from 0 to 65535; got '${value}'`);
  return port;
}

export const serveCommand: CliCommand = {
  name: 'serve',
  summary:
    "Serve the app to a browser on 127.0.0.1 (browser mode) through a single-use link; the project keeps its port and session across restarts unless --new-token. Runs until stopped.",
  usage: 'powerhall serve [--project FILE.powerhall] [--port N] [--new-token]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      project: { type: 'string' },
      port: { type: 'string' },
      'new-token': { type: 'boolean' },
    }, false);
    if (positionals.length > 0) throw new CliUsageError(`unexpected argument '${positionals[0]}'`);
    const requestedPort = parsePort(values.port);
    const staticRoot = rendererDir();
    if (!existsSync(join(staticRoot, 'index.html'))) {
      io.err(`powerhall serve: the renderer is not built (${staticRoot}); run 'npm run build' first.`);
      return 1;
    }
    let projectPath: string;
    let stored;
    try {
      projectPath = values.project ? resolve(values.project) : ensureSampleProject();
      stored = browserSessionFor(projectPath, { rotate: values['new-token'] === true });
    } catch (error) {
      throw asEnvironmentError('keep browser-mode settings in', appDataDir(), error);
    }
    const session = await ProjectSession.open(projectPath);
    let server: BrowserServer;
    const port = requestedPort ?? stored.port ?? 0;
    try {
      server = await startBrowserServer({ router: session.router, staticRoot, port, sessionSecret: stored.secret }).catch((error: unknown) => {
        // The port of the last run may be taken now; only an explicit --port must be that port.
        if (requestedPort === null && port !== 0 && (error as { code?: unknown }).code === 'EADDRINUSE') {
          return startBrowserServer({ router: session.router, staticRoot, port: 0, sessionSecret: stored.secret });
        }
        throw error;
      });
    } catch (error) {
      session.close();
      throw asEnvironmentError('listen on', `127.0.0.1 port ${port}`, error);
    }
    // New, Open, Import and Close put another project (or none) in place; every tab then loads again.
    session.files = browserProjectFiles(session, { dataDir: appDataDir(), onReplaced: () => server.emit('project', 'replaced', {}) });
    try {
      rememberPort(projectPath, stored, server.port);
    } catch (error) {
      io.err(`powerhall serve: ${String((asEnvironmentError('remember the port in', appDataDir(), error) as Error).message)}`);
    }
    io.out(`Powerhall is serving ${session.project.info().name} (${projectPath})`);
    const readOnly = session.project.info().readOnlyReason;
    if (readOnly) io.out(`Read-only: ${readOnly}`);
    for (const notice of session.project.notices()) io.out(`Note: ${notice}`);
    io.out(`Open: ${server.url}`);
    io.out('Each link opens one tab. Press Enter for another link; Ctrl+C to stop.');
    const onLine = () => io.out(`Open: ${server.newLaunchUrl()}`);
    const stdin = process.stdin;
    if (stdin.isTTY) stdin.on('data', onLine);
    await new Promise<void>((done) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        done();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    if (stdin.isTTY) {
      stdin.off('data', onLine);
      stdin.pause();
    }
    await server.close();
    session.close();
    return 0;
  },
};
