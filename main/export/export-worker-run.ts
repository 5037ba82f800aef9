import { Worker } from 'node:worker_threads';
import { ApiError } from '../../shared/contract/envelope.ts';
import type { ExportWorkerInput, ExportWorkerMessage } from './export-worker-protocol.ts';
import { ExportCancelled, type ExportProgress } from './format.ts';

/** The worker's file beside the bundle that runs (dist/cli, dist/electron: both build it under this name). */
export const EXPORT_WORKER_BUNDLE = 'export-worker.mjs';

/**
 * Starts the export worker. From the bundles it is their own export-worker.mjs; from the sources (development, tests)
 * the TypeScript entry through export-worker-sources.mjs.
 */
function startWorker(input: ExportWorkerInput): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  return new Worker(new URL(fromSources ? './export-worker-sources.mjs' : `./${EXPORT_WORKER_BUNDLE}`, import.meta.url), { workerData: input });
}

/**
 * Writes one export in a worker thread: its progress comes as messages; aborting `signal` terminates the worker at
 * once (ExportCancelled); a writer that fails or a worker that dies rejects with the reason. Nothing is written to
 * disk here: the caller writes the bytes only once they are all there.
 */
export function exportInWorker(input: ExportWorkerInput, progress: ExportProgress, signal?: AbortSignal): Promise<Uint8Array> {
  if (signal?.aborted) return Promise.reject(new ExportCancelled());
  return new Promise<Uint8Array>((resolve, reject) => {
    const worker = startWorker(input);
    let settled = false;
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', abort);
      settle();
      void worker.terminate();
    };
    const abort = () => finish(() => reject(new ExportCancelled()));
    signal?.addEventListener('abort', abort, { once: true });
    worker.on('message', (message: ExportWorkerMessage) => {
      if (message.kind === 'progress') {
        if (!settled) progress(message.done, message.stage);
      } else if (message.kind === 'done') {
        finish(() => resolve(message.bytes));
      } else {
        finish(() => reject(new ApiError(message.code, message.message)));
      }
    });
    worker.on('error', (error) => finish(() => reject(new ApiError('internal', `The export could not be made: ${error.message}.`))));
    worker.on('exit', (code) => finish(() => reject(new ApiError('internal', `The export stopped before it was finished (its worker exited with code ${code}).`))));
  });
}
