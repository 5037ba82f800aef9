import type { ScenarioReport } from '../analysis/report-schema.ts';
import type { Catalog } from '../catalog/schema.ts';
import type { ProjectDocument, ScenarioRecord } from '../model/index.ts';

/**
 * What every export reads: one scenario's report, the document it was computed from (names and entered inputs)
 * and the catalog (factors and sources). The date comes from the caller, since shared code has no clock.
 */
export interface ReportContext {
  readonly report: ScenarioReport;
  readonly document: ProjectDocument;
  readonly catalog: Catalog;
  /** Day of the export, ISO 8601 (YYYY-MM-DD). */
  readonly date: string;
  /** A tenant copy: no unit costs, totals or capex anywhere in the file. */
  readonly hidePrices: boolean;
  /** The app's 3D view as a PNG image, for the brief's render page; the CLI has no view and leaves it out. */
  readonly viewportPng?: Uint8Array;
}

export function scenarioOf(context: ReportContext): ScenarioRecord {
  const scenario = context.document.scenarios.find((s) => s.id === context.report.scenarioId);
  if (!scenario) throw new Error(`the report's scenario '${context.report.scenarioId}' is not in the document`);
  return scenario;
}

/** A file name from free text: no path separators or characters that some file systems refuse. */
export function safeFileName(text: string): string {
  return text.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').replace(/\s+/g, ' ').trim().slice(0, 150) || 'powerhall';
}

/** A file name stem for the export: project, scenario. */
export function exportFileStem(context: ReportContext): string {
  return scenarioFileStem(context.document, scenarioOf(context));
}

/** The same stem before the scenario is analysed (the save dialog's suggestion comes first). */
export function scenarioFileStem(document: ProjectDocument, scenario: ScenarioRecord): string {
  return safeFileName(`${document.site.name} - ${scenario.name}`);
}
