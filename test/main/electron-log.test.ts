import log from 'electron-log/node';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOG_MAX_BYTES, configureAppLog } from '../../main/electron/app-log.ts';

// electron-log's Node logger has the same file transport and error handler as its Electron one.
describe('the app log', () => {
  const logsDir = mkdtempSync(join(tmpdir(), 'powerhall-logs-'));
  const console0 = { ...console };
  configureAppLog(log, { logsDir, isPackaged: true });
  afterAll(() => {
    log.errorHandler.stopCatching();
    Object.assign(console, console0);
    rmSync(logsDir, { recursive: true, force: true });
  });

  it('writes to logs/main.log, console output included', () => {
    log.info('project opened', '/p/site.powerhall');
    console.error('router: handler failed');
    const text = readFileSync(join(logsDir, 'main.log'), 'utf8');
    expect(text).toMatch(/\[info\]\s+project opened \/p\/site\.powerhall/);
    expect(text).toMatch(/\[error\]\s+router: handler failed/);
  });

  it('rotates the file at its size limit, keeping the previous one', () => {
    const line = 'x'.repeat(1000);
    for (let written = 0; written < LOG_MAX_BYTES * 1.2; written += line.length) log.info(line);
    expect(existsSync(join(logsDir, 'main.old.log'))).toBe(true);
    expect(statSync(join(logsDir, 'main.log')).size).toBeLessThan(LOG_MAX_BYTES);
  });
});
