import { basename } from 'node:path';
import type { Catalog } from '../../shared/catalog/schema.ts';
import type { PowerhallHandlers } from '../../shared/contract/index.ts';
import type { ExportRequest } from '../../shared/contract/services.ts';
import type { ProjectDocument } from '../../shared/model/index.ts';
import { exportFile, exportPlan, type ExportChoice } from './export-file.ts';
import { ExportJobs } from './export-jobs.ts';
import { exportInWorker } from './export-worker-run.ts';
import type { ExportFormat } from './format.ts';
import { exportToFile } from './write-export.ts';

/** Asks where to save an export (the desktop's native save dialog); null when the user cancelled. */
export type ChooseExportPath = (suggestedName: string, format: ExportFormat) => Promise<string | null>;

export interface ExportSession {
  readonly project: { load(): ProjectDocument };
  readonly catalog: Catalog;
  /** Set by the desktop shell; browser mode has none and downloads the file instead. */
  readonly chooseExportPath?: ChooseExportPath | null | undefined;
}

function choiceOf(request: ExportRequest): ExportChoice {
  return {
    scenarioId: request.scenarioId,
    format: request.format,
    hidePrices: request.hidePrices,
    viewportPng: request.viewportPng === undefined ? undefined : new Uint8Array(Buffer.from(request.viewportPng, 'base64')),
    imageScale: request.scale,
  };
}

/**
 * The export service of the contract: every export is a job whose writer runs in a worker thread. On the desktop the
 * save dialog comes first and the job writes the chosen file through a temporary file (no partial file on failure or
 * cancel); in browser mode the job hands the bytes back.
 */
export function createExportHandlers(session: ExportSession): PowerhallHandlers['export'] {
  const jobs = new ExportJobs();
  return {
    start: async (request) => {
      const document = session.project.load();
      const choice = choiceOf(request);
      const { format, fileName } = exportPlan(document, choice);
      const choose = session.chooseExportPath ?? null;
      if (!choose) {
        return { jobId: jobs.start(async (progress, signal) => ({ fileName, file: await exportFile(document, session.catalog, choice, progress, signal), savedTo: null })) };
      }
      const path = await choose(fileName, format);
      if (path === null) return { jobId: null };
      return {
        jobId: jobs.start(async (progress, signal) => {
          await exportToFile(path, () => exportInWorker({ document, catalog: session.catalog, choice }, progress, signal));
          return { fileName: basename(path), file: null, savedTo: path };
        }),
      };
    },
    status: ({ jobId }) => jobs.status(jobId),
    cancel: ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
  };
}
