import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analysePhaseEconomics, parseStoredEconomicsInputs, type StoredEconomicsInputs } from '../../../shared/analysis/economics/index.ts';
import { phaseEconomicsCase, scenarioEconomicsInputs } from '../../../shared/analysis/phase-economics.ts';
import { lastScenarioWithBaseline, type ProjectDocument, type ScenarioRecord } from '../../../shared/model/index.ts';
import { ECONOMICS_FORMATS, economicsJson, economicsTable } from '../../../shared/report-views/economics-views.ts';
import { loadCatalog } from '../../catalog/load-catalog.ts';
import { oneOf, parseCommandArgs } from '../args.ts';
import { CliUsageError, type CliCommand } from '../command.ts';
import { pickScenario, readProject } from '../project-input.ts';

/**
 * The economics inputs of a phase: the scenario's stored record (or the sourced defaults when it has none), with any
 * group a JSON file gives in their place.
 */
export function economicsInputs(doc: ProjectDocument, scenario: ScenarioRecord, path: string | undefined): StoredEconomicsInputs {
  const stored = scenarioEconomicsInputs(doc, scenario.id);
  if (path === undefined) return stored;
  let given: unknown;
  try {
    given = JSON.parse(readFileSync(resolve(path), 'utf8'));
  } catch (error) {
    throw new CliUsageError(`--inputs ${path}: ${error instanceof SyntaxError ? `not JSON (${error.message})` : 'cannot be read'}`);
  }
  if (typeof given !== 'object' || given === null || Array.isArray(given)) throw new CliUsageError(`--inputs ${path}: give a JSON object of economics inputs`);
  const parsed = parseStoredEconomicsInputs({ ...stored, ...given });
  if (!parsed.ok) throw new CliUsageError(`--inputs ${path}: ${parsed.issues.map((i) => i.message).join('; ')}`);
  return parsed.value;
}

/** The phase a command is about: the one named, else the last scenario that names a baseline, else the last. */
export function phaseScenario(doc: ProjectDocument, wanted: string | undefined): ScenarioRecord {
  return pickScenario(doc, wanted, lastScenarioWithBaseline(doc) ?? doc.scenarios[doc.scenarios.length - 1]);
}

const today = () => new Date().toISOString().slice(0, 10);

export const economicsCommand: CliCommand = {
  name: 'economics',
  summary: 'Print what a phase earns and is worth: cash flows, IRR, NPV, payback, the valuation bridge and the tornado.',
  usage: `powerhall economics FILE [--scenario ID|NAME (default: the last with a baseline)] [--inputs FILE.json (groups in place of the scenario's stored inputs, or of the sourced defaults)] [--as-of YYYY-MM-DD (default: today)] [--format ${ECONOMICS_FORMATS.join('|')} (default: table)]`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { scenario: { type: 'string' }, inputs: { type: 'string' }, 'as-of': { type: 'string' }, format: { type: 'string' } });
    if (positionals.length !== 1) throw new CliUsageError('give exactly one project FILE (.powerhall or .json)');
    const format = oneOf('format', values.format, ECONOMICS_FORMATS, 'table');
    const asOf = values['as-of'] ?? today();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf))) throw new CliUsageError(`--as-of must be a date written YYYY-MM-DD; got '${asOf}'`);
    const doc = readProject(resolve(positionals[0]!));
    const scenario = phaseScenario(doc, values.scenario);
    const built = phaseEconomicsCase(doc, loadCatalog(), scenario.id, economicsInputs(doc, scenario, values.inputs), asOf);
    if (!built.ok) throw new CliUsageError(`${scenario.name} cannot be costed: ${built.issues.map((i) => i.message).join('; ')}`);
    const json = economicsJson(scenario, built.basis, analysePhaseEconomics(built.value));
    io.out(format === 'json' ? `${JSON.stringify(json, null, 2)}\n` : economicsTable(json));
    return 0;
  },
};
