import { resolve } from 'node:path';
import { ApiError } from '../../shared/contract/envelope.ts';
import type { ReportContext } from '../../shared/report-views/report-context.ts';
import { describeFileError, nodeFileSystem, writeFileAtomic, type FileSystem } from '../services/file-system.ts';
import { ExportCancelled, noProgress, type ExportFormat, type ExportProgress } from './format.ts';

/**
 * Runs a writer and puts its bytes at `target` through a temporary file renamed into place: a writer that fails,
 * a full disk or a denied folder leave no partial file, and the message says why.
 */
export async function exportToFile(
  format: ExportFormat,
  context: ReportContext,
  target: string,
  progress: ExportProgress = noProgress,
  fileSystem: FileSystem = nodeFileSystem,
): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await format.write(context, progress);
  } catch (error) {
    if (error instanceof ExportCancelled) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ApiError('internal', `The ${format.label} could not be made: ${reason}. Nothing was written to ${resolve(target)}.`);
  }
  try {
    writeFileAtomic(fileSystem, resolve(target), bytes);
  } catch (error) {
    throw new ApiError('internal', `${describeFileError('export to', target, error)} Nothing was written there and the project is untouched.`);
  }
  return bytes.length;
}
