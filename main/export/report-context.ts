import { analyze } from '../../shared/analysis/index.ts';
import type { Catalog } from '../../shared/catalog/schema.ts';
import { ApiError } from '../../shared/contract/envelope.ts';
import type { ProjectDocument, ScenarioRecord } from '../../shared/model/index.ts';
import type { ReportContext } from '../../shared/report-views/report-context.ts';

/** The scenario named by id or by name; the first one when none is named. */
export function pickScenario(document: ProjectDocument, wanted: string | undefined): ScenarioRecord {
  const scenario = wanted ? document.scenarios.find((s) => s.id === wanted || s.name === wanted) : document.scenarios[0];
  if (!scenario) {
    throw new ApiError('not-found', `no scenario '${wanted}'; the project has: ${document.scenarios.map((s) => `${s.id} (${s.name})`).join(', ')}`);
  }
  return scenario;
}

/** Analyses one scenario and bundles what every writer reads. */
export function reportContext(
  document: ProjectDocument,
  catalog: Catalog,
  options: { scenario?: string | undefined; hidePrices?: boolean; now?: Date; viewportPng?: Uint8Array | undefined },
): ReportContext {
  const scenario = pickScenario(document, options.scenario);
  return {
    report: analyze(document, catalog, scenario.id),
    document,
    catalog,
    date: (options.now ?? new Date()).toISOString().slice(0, 10),
    hidePrices: options.hidePrices ?? false,
    ...(options.viewportPng ? { viewportPng: options.viewportPng } : {}),
  };
}
