import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ProjectSession } from '../../app/project-session.ts';
import { ensureSampleProject } from '../../app/sample-project.ts';
import { rendererDir } from '../../paths.ts';
import { startBrowserServer } from '../../server/browser-server.ts';
import { appDataDir } from '../../services/app-data-dir.ts';
import { asEnvironmentError } from '../../services/file-system.ts';
import { parseCommandArgs } from '../args.ts';
import { CliUsageError, type CliCommand } from '../command.ts';

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'Serve the app to a browser on 127.0.0.1 behind a per-run token (browser mode); runs until stopped.',
  usage: 'powerhall serve [--project FILE.powerhall] [--port N]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      project: { type: 'string' },
      port: { type: 'string', default: '0' },
    }, false);
    if (positionals.length > 0) throw new CliUsageError(`unexpected argument '${positionals[0]}'`);
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new CliUsageError(`--port must be a whole number from 0 to 65535; got '${values.port}'`);
    }
    const staticRoot = rendererDir();
    if (!existsSync(join(staticRoot, 'index.html'))) {
      io.err(`powerhall serve: the renderer is not built (${staticRoot}); run 'npm run build' first.`);
      return 1;
    }
    let projectPath: string;
    try {
      projectPath = values.project ? resolve(values.project) : ensureSampleProject();
    } catch (error) {
      throw asEnvironmentError('make the sample project in', appDataDir(), error);
    }
    const session = await ProjectSession.open(projectPath);
    let server;
    try {
      server = await startBrowserServer({ router: session.router, staticRoot, port });
    } catch (error) {
      session.close();
      throw asEnvironmentError('listen on', `127.0.0.1 port ${port}`, error);
    }
    io.out(`Powerhall is serving ${session.project.info().name} (${projectPath})`);
    const readOnly = session.project.info().readOnlyReason;
    if (readOnly) io.out(`Read-only: ${readOnly}`);
    for (const notice of session.project.notices()) io.out(`Note: ${notice}`);
    io.out(`Open: ${server.url}`);
    io.out('Press Ctrl+C to stop.');
    await new Promise<void>((done) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        done();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await server.close();
    session.close();
    return 0;
  },
};
