import { resolve } from 'node:path';
import { compareScenarios } from '../../../shared/analysis/retrofit/index.ts';
import { formatRetrofit, RETROFIT_FORMATS } from '../../../shared/analysis/retrofit/format.ts';
import { baselineOf, lastScenarioWithBaseline } from '../../../shared/model/index.ts';
import { loadCatalog } from '../../catalog/load-catalog.ts';
import { oneOf, parseCommandArgs } from '../args.ts';
import { CliUsageError, type CliCommand } from '../command.ts';
import { pickScenario, readProject } from '../project-input.ts';

export const retrofitCommand: CliCommand = {
  name: 'retrofit',
  summary: 'Compare a target scenario with its baseline: what is kept, upgraded, replaced or removed, the upgrade bill, the time to power and the readiness scorecard.',
  usage: `powerhall retrofit FILE [--baseline ID|NAME (default: the target's own baseline)] [--target ID|NAME (default: the last scenario with a baseline)] [--as-of YYYY-MM-DD (default: today)] [--format ${RETROFIT_FORMATS.join('|')} (default: table)]`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: 'string' },
      baseline: { type: 'string' },
      target: { type: 'string' },
      'as-of': { type: 'string' },
    });
    if (positionals.length !== 1) throw new CliUsageError('give exactly one project FILE (.powerhall or .json)');
    const format = oneOf('format', values.format, RETROFIT_FORMATS, 'table');
    const asOf = values['as-of'] ?? new Date().toISOString().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf))) throw new CliUsageError(`--as-of must be a date written YYYY-MM-DD; got '${asOf}'`);
    const doc = readProject(resolve(positionals[0]!));
    const target = values.target !== undefined ? pickScenario(doc, values.target, undefined, 'target') : lastScenarioWithBaseline(doc);
    if (!target) throw new CliUsageError('no scenario names a baseline; give --target and --baseline');
    const baseline = values.baseline !== undefined ? pickScenario(doc, values.baseline, undefined, 'baseline') : baselineOf(doc, target);
    if (!baseline) throw new CliUsageError(`scenario '${target.name}' names no baseline; give --baseline`);
    io.out(formatRetrofit(compareScenarios(doc, loadCatalog(), baseline.id, target.id, { asOf }), format));
    return 0;
  },
};
