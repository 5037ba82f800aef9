import type { NodeLogger } from 'electron-log';
import { join } from 'node:path';

/** The log file is rotated (to main.old.log, replacing the one before) when it reaches this size. */
export const LOG_MAX_BYTES = 1024 * 1024;

/**
 * The desktop app's log: logs/main.log under the app's log folder, rotated at LOG_MAX_BYTES, kept on this machine
 * only. Uncaught errors and rejected promises are logged with their stack instead of a dialog of Node internals;
 * console output (the IPC router's, the services') goes to the file too.
 */
export function configureAppLog(log: NodeLogger, { logsDir, isPackaged }: { logsDir: string; isPackaged: boolean }): void {
  log.transports.file.resolvePathFn = () => join(logsDir, 'main.log');
  log.transports.file.maxSize = LOG_MAX_BYTES;
  log.transports.file.level = 'info';
  log.transports.console.level = isPackaged ? false : 'info';
  log.errorHandler.startCatching({ showDialog: false });
  Object.assign(console, log.functions);
}
