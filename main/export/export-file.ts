import type { Catalog } from '../../shared/catalog/schema.ts';
import { ApiError } from '../../shared/contract/envelope.ts';
import type { ExportedFile } from '../../shared/contract/services.ts';
import type { ProjectDocument } from '../../shared/model/index.ts';
import type { ExportFormatId } from '../../shared/report-views/export-formats.ts';
import { exportFileStem } from '../../shared/report-views/report-context.ts';
import { noProgress, type ExportProgress } from './format.ts';
import { exportFormat } from './registry.ts';
import { reportContext } from './report-context.ts';

/** What the app's export service answers: one scenario written in one format, as bytes the renderer saves. */
export async function exportFile(
  document: ProjectDocument,
  catalog: Catalog,
  request: { scenarioId: string; format: ExportFormatId; hidePrices: boolean },
  progress: ExportProgress = noProgress,
): Promise<ExportedFile> {
  if (!document.scenarios.some((s) => s.id === request.scenarioId)) {
    throw new ApiError('not-found', `no scenario '${request.scenarioId}' in this project`);
  }
  const context = reportContext(document, catalog, { scenario: request.scenarioId, hidePrices: request.hidePrices });
  const format = exportFormat(request.format);
  let bytes: Uint8Array;
  try {
    bytes = await format.write(context, progress);
  } catch (error) {
    throw new ApiError('internal', `The ${format.label} could not be made: ${error instanceof Error ? error.message : String(error)}.`);
  }
  const suffix = request.hidePrices ? ' (tenant copy)' : '';
  return {
    fileName: `${exportFileStem(context)}${suffix}.${format.extension}`,
    mediaType: format.mediaType,
    bytes: bytes.length,
    base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  };
}
