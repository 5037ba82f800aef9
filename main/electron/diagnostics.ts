// Help → Export diagnostics: what a supporter needs to see why the app misbehaves (versions, the open file's
// SQLite settings and integrity check, the recent log), and never the project's content: no records, no names.
import { basename } from 'node:path';

/** How much of the end of the log a diagnostics file carries. */
export const LOG_TAIL_BYTES = 256 * 1024;

export interface DiagnosticsInput {
  versions: Readonly<Record<string, string>>;
  /** The open project, if any: its file name, its connection's settings and SQLite's integrity check. */
  project?: { path: string; pragmas: Readonly<Record<string, string | number>>; integrity: readonly string[] };
  log: string;
}

/** The last `maxBytes` of a log, from the start of a line. */
export function logTail(log: string, maxBytes = LOG_TAIL_BYTES): string {
  const bytes = Buffer.from(log, 'utf8');
  if (bytes.length <= maxBytes) return log;
  const tail = bytes.subarray(bytes.length - maxBytes).toString('utf8');
  return tail.slice(tail.indexOf('\n') + 1);
}

export function diagnosticsText({ versions, project, log }: DiagnosticsInput): string {
  const lines = ['Powerhall diagnostics', '', 'Versions'];
  for (const [name, version] of Object.entries(versions)) lines.push(`  ${name}: ${version}`);
  lines.push('', 'Open project');
  if (!project) lines.push('  none');
  else {
    lines.push(`  file: ${basename(project.path)}`);
    for (const [name, value] of Object.entries(project.pragmas)) lines.push(`  ${name}: ${value}`);
    lines.push(`  integrity check: ${project.integrity.join('; ')}`);
  }
  lines.push('', 'Log (most recent last)', logTail(log));
  return `${lines.join('\n')}\n`;
}
