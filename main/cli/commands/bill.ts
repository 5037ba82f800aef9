import { resolve } from 'node:path';
import { analyze } from '../../../shared/analysis/index.ts';
import { loadCatalog } from '../../catalog/load-catalog.ts';
import { pickScenario, readProject } from '../project-input.ts';
import { oneOf, parseCommandArgs } from '../args.ts';
import { BILL_FORMATS, formatBill } from '../../../shared/report-views/bill-formats.ts';
import { CliUsageError, type CliCommand } from '../command.ts';

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
    const scenario = pickScenario(document, values.scenario);
    const bill = analyze(document, loadCatalog(), scenario.id);
    io.out(formatBill(bill, format));
    return 0;
  },
};
