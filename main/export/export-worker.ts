// The export worker's entry: analyses the scenario and runs the format's writer off the main thread, so that the
// app's windows and browser mode's server keep answering while a brief or a workbook is written.
import { parentPort, workerData } from 'node:worker_threads';
import { ApiError } from '../../shared/contract/envelope.ts';
import { exportBytes } from './export-file.ts';
import type { ExportWorkerInput, ExportWorkerMessage } from './export-worker-protocol.ts';

const port = parentPort;
if (!port) throw new Error('the export worker runs only as a worker thread');
const send = (message: ExportWorkerMessage) => port.postMessage(message);
const { document, catalog, choice } = workerData as ExportWorkerInput;
try {
  send({ kind: 'done', bytes: await exportBytes(document, catalog, choice, (done, stage) => send({ kind: 'progress', done, stage })) });
} catch (error) {
  send(
    error instanceof ApiError
      ? { kind: 'failed', code: error.code, message: error.message }
      : { kind: 'failed', code: 'internal', message: `The export could not be made: ${error instanceof Error ? error.message : String(error)}.` },
  );
}
