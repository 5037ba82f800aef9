import type { ImageScale } from '../../shared/report-views/export-formats.ts';
import type { ReportContext } from '../../shared/report-views/report-context.ts';

/** Called as a writer goes: the share done (0…1) and what it is doing, in words. */
export type ExportProgress = (done: number, stage: string) => void;

/** What a writer is asked for besides the report: the pixel scale of an image. */
export interface WriteOptions {
  readonly imageScale: ImageScale;
}

/** One export format: a writer from the report views of one scenario to the bytes of one file. */
export interface ExportFormat {
  readonly id: string;
  readonly label: string;
  readonly extension: string;
  readonly mediaType: string;
  /** `options` left out: an image at 1×. */
  write(context: ReportContext, progress: ExportProgress, options?: WriteOptions): Promise<Uint8Array>;
}

export const noProgress: ExportProgress = () => {};

/** Thrown from a progress call once the user has cancelled the export: the writer stops and nothing is written. */
export class ExportCancelled extends Error {
  constructor() {
    super('the export was cancelled');
  }
}
