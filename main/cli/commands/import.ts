import { existsSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { importCsvIntoProject, importJsonAsProject } from '../../services/project-import.ts';
import { ProjectService } from '../../services/project-service.ts';
import { parseCommandArgs } from '../args.ts';
import { CliUsageError, type CliCommand, type CliIo } from '../command.ts';
import { withEnvironmentErrors } from '../../services/file-system.ts';

export const importCommand: CliCommand = {
  name: 'import',
  summary:
    'Make a project from an interchange .json file, or add the racks or equipment of a .csv file to an existing project (all lines or none).',
  usage: 'powerhall import FILE.json|FILE.csv --out PROJECT.powerhall [--scenario ID|NAME]',
  run: (args, io) => withEnvironmentErrors('import', args, () => runImport(args, io)),
};

async function runImport(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' }, scenario: { type: 'string' } });
  if (positionals.length !== 1) throw new CliUsageError('give exactly one FILE.json or FILE.csv');
  if (!values.out) throw new CliUsageError('--out PROJECT.powerhall is required');
  const input = resolve(positionals[0]!);
  const out = resolve(values.out);
  const kind = extname(input).toLowerCase();
  if (kind === '.json') {
    if (values.scenario) throw new CliUsageError('--scenario applies to CSV imports only');
    const project = importJsonAsProject(input, out);
    const doc = project.load();
    project.close();
    io.out(`Created ${out}: ${doc.scenarios.length} scenario(s), ${doc.halls.length} hall(s), ${doc.racks.length} rack(s).`);
    return 0;
  }
  if (kind === '.csv') {
    if (!existsSync(out)) {
      throw new CliUsageError(
        `CSV lines go into the halls and rows of an existing project, and ${out} does not exist; create it first (powerhall import SITE.json --out ${values.out})`,
      );
    }
    const project = await ProjectService.openUpgrading(out);
    try {
      const { kind: what, count } = importCsvIntoProject(project, input, values.scenario);
      io.out(`Imported ${count} ${what === 'racks' ? 'rack(s)' : 'equipment item(s)'} into ${out}.`);
    } finally {
      project.close();
    }
    return 0;
  }
  throw new CliUsageError(`cannot tell the format of ${positionals[0]}: use a .json or .csv file`);
}
