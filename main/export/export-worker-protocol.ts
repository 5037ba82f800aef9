import type { ApiErrorCode } from '../../shared/contract/envelope.ts';
import type { Catalog } from '../../shared/catalog/schema.ts';
import type { ProjectDocument } from '../../shared/model/index.ts';
import type { ExportChoice } from './export-file.ts';

/** What the export worker is started with (its workerData): a copy of the project as it was when the export began. */
export interface ExportWorkerInput {
  readonly document: ProjectDocument;
  readonly catalog: Catalog;
  readonly choice: ExportChoice;
}

/** What the worker tells the thread that started it: progress, then the file's bytes or why there are none. */
export type ExportWorkerMessage =
  | { readonly kind: 'progress'; readonly done: number; readonly stage: string }
  | { readonly kind: 'done'; readonly bytes: Uint8Array }
  | { readonly kind: 'failed'; readonly code: ApiErrorCode; readonly message: string };
