import type { Catalog } from '../../shared/catalog/schema.ts';
import { ApiError } from '../../shared/contract/envelope.ts';
import type { ExportedFile } from '../../shared/contract/services.ts';
import type { ProjectDocument } from '../../shared/model/index.ts';
import type { ExportFormatId, ImageScale } from '../../shared/report-views/export-formats.ts';
import { scenarioFileStem, type ReportContext } from '../../shared/report-views/report-context.ts';
import { exportInWorker } from './export-worker-run.ts';
import { ExportCancelled, noProgress, type ExportFormat, type ExportProgress, type WriteOptions } from './format.ts';
import { exportFormat } from './registry.ts';
import { reportContext } from './report-context.ts';

export interface ExportChoice {
  readonly scenarioId: string;
  readonly format: ExportFormatId;
  readonly hidePrices: boolean;
  /** The app's 3D view, for the PDF brief. */
  readonly viewportPng?: Uint8Array | undefined;
  /** The pixel scale of an image format (1× when not given). */
  readonly imageScale?: ImageScale | undefined;
}

/** The writer and the file name of an export, known before anything is analysed (a save dialog suggests the name). */
export function exportPlan(document: ProjectDocument, choice: ExportChoice): { format: ExportFormat; fileName: string } {
  const scenario = document.scenarios.find((s) => s.id === choice.scenarioId);
  if (!scenario) throw new ApiError('not-found', `no scenario '${choice.scenarioId}' in this project`);
  const format = exportFormat(choice.format);
  const suffix = choice.hidePrices ? ' (tenant copy)' : '';
  return { format, fileName: `${scenarioFileStem(document, scenario)}${suffix}.${format.extension}` };
}

/** Runs one writer on a report; a writer's failure is said in the user's words, naming the format. */
export async function writeFormat(format: ExportFormat, context: ReportContext, progress: ExportProgress, options: WriteOptions): Promise<Uint8Array> {
  try {
    return await format.write(context, progress, options);
  } catch (error) {
    if (error instanceof ExportCancelled) throw error;
    throw new ApiError('internal', `The ${format.label} could not be made: ${error instanceof Error ? error.message : String(error)}.`);
  }
}

/** Analyses the chosen scenario and writes it, in this thread (the export worker's work, and the CLI's). */
export async function exportBytes(document: ProjectDocument, catalog: Catalog, choice: ExportChoice, progress: ExportProgress = noProgress): Promise<Uint8Array> {
  const { format } = exportPlan(document, choice);
  progress(0, 'analysing the scenario');
  const context = reportContext(document, catalog, { scenario: choice.scenarioId, hidePrices: choice.hidePrices, viewportPng: choice.viewportPng });
  return writeFormat(format, context, progress, { imageScale: choice.imageScale ?? 1 });
}

/** One scenario written in one format by the export worker, as bytes the renderer saves (browser mode's download). */
export async function exportFile(
  document: ProjectDocument,
  catalog: Catalog,
  choice: ExportChoice,
  progress: ExportProgress = noProgress,
  signal?: AbortSignal,
): Promise<ExportedFile> {
  const { format, fileName } = exportPlan(document, choice);
  const bytes = await exportInWorker({ document, catalog, choice }, progress, signal);
  return {
    fileName,
    mediaType: format.mediaType,
    bytes: bytes.length,
    base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  };
}
