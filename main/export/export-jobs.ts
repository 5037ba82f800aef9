import { randomUUID } from 'node:crypto';
import { ApiError } from '../../shared/contract/envelope.ts';
import type { ExportedFile, ExportJobStatus } from '../../shared/contract/services.ts';
import { ExportCancelled, type ExportProgress } from './format.ts';

/** What a finished job leaves: the file for a download, or the path a save dialog chose. */
export interface ExportResult {
  readonly fileName: string;
  readonly file: ExportedFile | null;
  readonly savedTo: string | null;
}

interface Job {
  status: ExportJobStatus;
  readonly abort: AbortController;
}

/**
 * The open project's export jobs. `start` answers at once and the job runs after it; the renderer polls `status`
 * for progress. Cancelling aborts the job's signal, which terminates its export worker: nothing is written.
 */
export class ExportJobs {
  private readonly jobs = new Map<string, Job>();

  start(run: (progress: ExportProgress, signal: AbortSignal) => Promise<ExportResult>): string {
    const id = randomUUID();
    const job: Job = { status: { state: 'running', done: 0, stage: 'starting' }, abort: new AbortController() };
    this.jobs.set(id, job);
    const progress: ExportProgress = (done, stage) => {
      if (job.status.state === 'running') job.status = { state: 'running', done: Math.min(1, Math.max(0, done)), stage };
    };
    // After the start request is answered, so the first status poll already sees the job.
    setImmediate(() => {
      run(progress, job.abort.signal).then(
        (result) => {
          job.status = { state: 'done', ...result };
        },
        (error: unknown) => {
          job.status = error instanceof ExportCancelled ? { state: 'cancelled' } : { state: 'failed', message: error instanceof Error ? error.message : String(error) };
        },
      );
    });
    return id;
  }

  /** Where the job stands; a finished job is forgotten once its result has been read. */
  status(id: string): ExportJobStatus {
    const job = this.jobs.get(id);
    if (!job) throw new ApiError('not-found', 'That export is no longer known: start it again.');
    if (job.status.state !== 'running') this.jobs.delete(id);
    return job.status;
  }

  /** Stops a running job; false when it had already finished. */
  cancel(id: string): boolean {
    const job = this.jobs.get(id);
    if (!job || job.status.state !== 'running') return false;
    job.abort.abort();
    return true;
  }
}
