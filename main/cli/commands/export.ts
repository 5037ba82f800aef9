import { resolve } from 'node:path';
import { exportProjectJson, writeExport } from '../../services/project-export.ts';
import { oneOf, parseCommandArgs } from '../args.ts';
import { CliUsageError, type CliCommand } from '../command.ts';

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Write a project in the JSON interchange format, to stdout or to a file.',
  usage: 'powerhall export PROJECT.powerhall --format json [--out FILE.json]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { format: { type: 'string' }, out: { type: 'string' } });
    if (positionals.length !== 1) throw new CliUsageError('give exactly one PROJECT.powerhall');
    oneOf('format', values.format, ['json'] as const, 'json');
    const text = exportProjectJson(resolve(positionals[0]!));
    if (values.out) {
      writeExport(values.out, text);
      io.err(`Wrote ${resolve(values.out)}.`);
    } else {
      io.out(text);
    }
    return 0;
  },
};
