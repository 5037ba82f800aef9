import type { ExportJobStatus, ExportRequest } from '../../shared/contract/services.ts';
import type { ExportFormatId } from '../../shared/report-views/export-formats.ts';
import { getApi } from '../api/index.ts';

export type ExportOutcome = { kind: 'saved'; fileName: string; savedTo: string | null } | { kind: 'not-saved' } | { kind: 'cancelled' };

const POLL_MS = 120;

/** Bytes in base64, for the JSON transports. */
export async function blobBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/**
 * Runs one export job in main and follows it: `onProgress` hears each step, `onJob` gets the id (for Cancel). The
 * file is downloaded in browser mode; the desktop has saved it through its own dialog. A failed job throws its reason.
 */
export async function runExportJob(
  request: ExportRequest,
  onJob: (jobId: string) => void,
  onProgress: (done: number, stage: string) => void,
  download: (file: NonNullable<Extract<ExportJobStatus, { state: 'done' }>['file']>) => void,
): Promise<ExportOutcome> {
  const api = getApi();
  const { jobId } = await api.export.start(request);
  if (jobId === null) return { kind: 'not-saved' };
  onJob(jobId);
  for (;;) {
    const status = await api.export.status({ jobId });
    switch (status.state) {
      case 'running':
        onProgress(status.done, status.stage);
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        break;
      case 'done':
        if (status.file) download(status.file);
        return { kind: 'saved', fileName: status.fileName, savedTo: status.savedTo };
      case 'cancelled':
        return { kind: 'cancelled' };
      case 'failed':
        throw new Error(status.message);
    }
  }
}

let exportRequests: ((format: ExportFormatId) => void) | null = null;

/** The Export dialog's host hears File → Export → a format here (the desktop menu, the palette) and runs it as a job. */
export function listenForExportRequests(listener: (format: ExportFormatId) => void): () => void {
  exportRequests = listener;
  return () => {
    if (exportRequests === listener) exportRequests = null;
  };
}

/** Asks the Export dialog to run one format; false when no window part is there to show it. */
export function requestExport(format: ExportFormatId): boolean {
  if (!exportRequests) return false;
  exportRequests(format);
  return true;
}
