import { resolve } from 'node:path';
import { loadInputs } from '../../../shared/analysis/economics/index.ts';
import { simulateLoadProfile } from '../../../shared/analysis/load-profile/index.ts';
import { phaseEconomicsCase } from '../../../shared/analysis/phase-economics.ts';
import { LOAD_PROFILE_FORMATS, loadProfileCsv } from '../../../shared/report-views/economics-views.ts';
import { loadCatalog } from '../../catalog/load-catalog.ts';
import { oneOf, parseCommandArgs } from '../args.ts';
import { CliUsageError, type CliCommand } from '../command.ts';
import { readProject } from '../project-input.ts';
import { economicsInputs, phaseScenario } from './economics.ts';

export const loadProfileCommand: CliCommand = {
  name: 'load-profile',
  summary: "Print a phase's hourly site load for a year: the AI load, mining in its headroom, the firm limit and the price.",
  usage: `powerhall load-profile FILE [--scenario ID|NAME (default: the last with a baseline)] [--inputs FILE.json] [--format ${LOAD_PROFILE_FORMATS.join('|')} (default: csv)]`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { scenario: { type: 'string' }, inputs: { type: 'string' }, format: { type: 'string' } });
    if (positionals.length !== 1) throw new CliUsageError('give exactly one project FILE (.powerhall or .json)');
    const format = oneOf('format', values.format, LOAD_PROFILE_FORMATS, 'csv');
    const doc = readProject(resolve(positionals[0]!));
    const scenario = phaseScenario(doc, values.scenario);
    const built = phaseEconomicsCase(doc, loadCatalog(), scenario.id, economicsInputs(doc, scenario, values.inputs), new Date().toISOString().slice(0, 10));
    if (!built.ok) throw new CliUsageError(`${scenario.name} has no load to simulate: ${built.issues.map((i) => i.message).join('; ')}`);
    const c = built.value;
    const load = simulateLoadProfile(loadInputs(c, 'after', { pue: c.phase.pue, priceFactor: 1 }));
    if (format === 'csv') io.out(loadProfileCsv(load));
    else io.out(`${JSON.stringify({ scenario: { id: scenario.id, name: scenario.name }, limitMw: load.limitMw, totals: load.totals, hours: { aiMw: [...load.aiMw], miningMw: [...load.miningMw] } })}\n`);
    return 0;
  },
};
