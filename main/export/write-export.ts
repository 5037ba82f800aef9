import { resolve } from 'node:path';
import { ApiError } from '../../shared/contract/envelope.ts';
import { describeFileError, nodeFileSystem, writeFileAtomic, type FileSystem } from '../services/file-system.ts';
import { ExportCancelled } from './format.ts';

/**
 * Makes an export's bytes and puts them at `target` through a temporary file renamed into place: a writer that
 * fails, a full disk or a denied folder leave no partial file, and the message says why.
 */
export async function exportToFile(target: string, make: () => Promise<Uint8Array>, fileSystem: FileSystem = nodeFileSystem): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await make();
  } catch (error) {
    if (error instanceof ExportCancelled) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ApiError('internal', `${reason.replace(/\.$/, '')}. Nothing was written to ${resolve(target)}.`);
  }
  try {
    writeFileAtomic(fileSystem, resolve(target), bytes);
  } catch (error) {
    throw new ApiError('internal', `${describeFileError('export to', target, error)} Nothing was written there and the project is untouched.`);
  }
  return bytes.length;
}
