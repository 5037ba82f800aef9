import { resolve } from 'node:path';
import type { ProjectDocument } from '../../../shared/model/document.ts';
import { analyze } from '../../../shared/analysis/index.ts';
import { loadCatalog } from '../../catalog/load-catalog.ts';
import { readInterchangeFile } from '../../services/project-import.ts';
import { ProjectService } from '../../services/project-service.ts';
import { oneOf, parseCommandArgs } from '../args.ts';
import { BILL_FORMATS, formatBill } from '../../../shared/report-views/bill-formats.ts';
import { CliUsageError, type CliCommand } from '../command.ts';

function readProject(path: string): ProjectDocument {
  if (path.endsWith('.json')) return readInterchangeFile(path);
  const project = ProjectService.open(path, { readOnly: true });
  try {
    return project.load();
  } finally {
    project.close();
  }
}

export const billCommand: CliCommand = {
  name: 'bill',
  summary: 'Print the power, cooling and network upgrade bill of a project (.powerhall or interchange .json).',
  usage: `powerhall bill FILE [--scenario ID|NAME (default: the first)] [--format ${BILL_FORMATS.join('|')} (default: table)]`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: 'string' },
      scenario: { type: 'string' },
    });
    if (positionals.length !== 1) throw new CliUsageError('give exactly one project FILE (.powerhall or .json)');
    const format = oneOf('format', values.format, BILL_FORMATS, 'table');
    const document = readProject(resolve(positionals[0]!));
    const wanted = values.scenario;
    const scenario = wanted
      ? document.scenarios.find((s) => s.id === wanted || s.name === wanted)
      : document.scenarios[0];
    if (!scenario) {
      throw new CliUsageError(
        `no scenario '${wanted}'; the project has: ${document.scenarios.map((s) => `${s.id} (${s.name})`).join(', ')}`,
      );
    }
    const bill = analyze(document, loadCatalog(), scenario.id);
    io.out(formatBill(bill, format));
    return 0;
  },
};
