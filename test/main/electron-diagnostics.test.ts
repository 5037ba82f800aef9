import type { CrashReporter } from 'electron';
import { describe, expect, it } from 'vitest';
import { startLocalCrashReports } from '../../main/electron/crash-reports.ts';
import { LOG_TAIL_BYTES, diagnosticsText, logTail } from '../../main/electron/diagnostics.ts';

describe('diagnostics export', () => {
  const versions = { Powerhall: '0.1.0', Electron: '45.5.0', Chromium: '146.0', Node: '22.20.0' };

  it('carries the versions, the open file name, its SQLite settings and integrity check, and the log', () => {
    const text = diagnosticsText({
      versions,
      project: { path: '/home/eng/Client site.powerhall', pragmas: { journal_mode: 'wal', synchronous: 2 }, integrity: ['ok'] },
      log: '[info] project opened\n',
    });
    for (const line of ['  Electron: 45.5.0', '  Chromium: 146.0', '  Node: 22.20.0', '  file: Client site.powerhall', '  journal_mode: wal', '  synchronous: 2', '  integrity check: ok', '[info] project opened']) {
      expect(text).toContain(line);
    }
    // The folder can name the user or the client; the file name is enough to tell which project it was.
    expect(text).not.toContain('/home/eng');
  });

  it('says when no project is open, and keeps only the end of a long log, from a line start', () => {
    expect(diagnosticsText({ versions, log: '' })).toContain('Open project\n  none');
    const lines = Array.from({ length: 20_000 }, (_, i) => `[info] line ${i} ${'x'.repeat(20)}`);
    const tail = logTail(lines.join('\n'));
    expect(Buffer.byteLength(tail)).toBeLessThanOrEqual(LOG_TAIL_BYTES);
    expect(tail.startsWith('[info] line ')).toBe(true);
    expect(tail.endsWith(lines.at(-1)!)).toBe(true);
    expect(logTail('short\n')).toBe('short\n');
  });
});

describe('crash reports', () => {
  it('are kept on this machine: the reporter starts with uploading off', () => {
    const started: unknown[] = [];
    startLocalCrashReports({ start: (options: unknown) => started.push(options) } as unknown as CrashReporter);
    expect(started).toEqual([expect.objectContaining({ uploadToServer: false })]);
  });
});
