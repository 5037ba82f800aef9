import type { Catalog } from '../../shared/catalog/schema.ts';
import { ApiError } from '../../shared/contract/envelope.ts';
import type { ExportedFile } from '../../shared/contract/services.ts';
import type { ProjectDocument } from '../../shared/model/index.ts';
import type { ExportFormatId } from '../../shared/report-views/export-formats.ts';
import { scenarioFileStem } from '../../shared/report-views/report-context.ts';
import { ExportCancelled, noProgress, type ExportFormat, type ExportProgress } from './format.ts';
import { exportFormat } from './registry.ts';
import { reportContext } from './report-context.ts';

export interface ExportChoice {
  readonly scenarioId: string;
  readonly format: ExportFormatId;
  readonly hidePrices: boolean;
  /** The app's 3D view, for the PDF brief. */
  readonly viewportPng?: Uint8Array | undefined;
}

/** The writer and the file name of an export, known before anything is analysed (a save dialog suggests the name). */
export function exportPlan(document: ProjectDocument, choice: ExportChoice): { format: ExportFormat; fileName: string } {
  const scenario = document.scenarios.find((s) => s.id === choice.scenarioId);
  if (!scenario) throw new ApiError('not-found', `no scenario '${choice.scenarioId}' in this project`);
  const format = exportFormat(choice.format);
  const suffix = choice.hidePrices ? ' (tenant copy)' : '';
  return { format, fileName: `${scenarioFileStem(document, scenario)}${suffix}.${format.extension}` };
}

/** The report context an export writes from. */
export function exportContext(document: ProjectDocument, catalog: Catalog, choice: ExportChoice) {
  return reportContext(document, catalog, { scenario: choice.scenarioId, hidePrices: choice.hidePrices, viewportPng: choice.viewportPng });
}

/** One scenario written in one format, as bytes the renderer saves (browser mode's download). */
export async function exportFile(
  document: ProjectDocument,
  catalog: Catalog,
  choice: ExportChoice,
  progress: ExportProgress = noProgress,
): Promise<ExportedFile> {
  const { format, fileName } = exportPlan(document, choice);
  progress(0, 'analysing the scenario');
  const context = exportContext(document, catalog, choice);
  let bytes: Uint8Array;
  try {
    bytes = await format.write(context, progress);
  } catch (error) {
    if (error instanceof ExportCancelled) throw error;
    throw new ApiError('internal', `The ${format.label} could not be made: ${error instanceof Error ? error.message : String(error)}.`);
  }
  return {
    fileName,
    mediaType: format.mediaType,
    bytes: bytes.length,
    base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  };
}
