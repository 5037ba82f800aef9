import { resolve } from 'node:path';
import { listBackups } from '../../services/backups.ts';
import { restoreFromBackup } from '../../services/restore.ts';
import { parseCommandArgs } from '../args.ts';
import { CliUsageError, type CliCommand, type CliIo } from '../command.ts';
import { withEnvironmentErrors } from '../../services/file-system.ts';

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: "List a project's backups, or put one back (the newest unless --from names another); the current file is kept as a backup first.",
  usage: 'powerhall restore PROJECT.powerhall [--list] [--from BACKUP.powerhall]',
  run: (args, io) => withEnvironmentErrors('restore', args, () => runRestore(args, io)),
};

async function runRestore(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { list: { type: 'boolean' }, from: { type: 'string' } });
  if (positionals.length !== 1) throw new CliUsageError('give exactly one PROJECT.powerhall');
  const project = resolve(positionals[0]!);
  const backups = listBackups(project);
  if (values.list) {
    if (backups.length === 0) io.out(`No backups of ${project}.`);
    for (const b of backups) io.out(`${b.takenAt.toISOString()}  ${b.reason.padEnd(28)}  ${String(b.bytes).padStart(10)} bytes  ${b.path}`);
    return 0;
  }
  const chosen = values.from ? resolve(values.from) : backups[0]?.path;
  if (!chosen) throw new CliUsageError(`there are no backups of ${project}`);
  const result = restoreFromBackup(project, chosen);
  io.out(`Restored ${project} from ${result.restoredFrom}.`);
  if (result.previous) io.out(`What it held before is kept as ${result.previous.path}.`);
  return 0;
}
