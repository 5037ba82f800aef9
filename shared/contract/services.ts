import { z } from 'zod';
import { Catalog } from '../catalog/schema.ts';
import { ScenarioReport } from '../analysis/report-schema.ts';
import { DocumentDiff, ProjectDocument, ScenarioId } from '../model/index.ts';
import { EXPORT_FORMAT_IDS, IMAGE_SCALES } from '../report-views/export-formats.ts';
import { method } from './define.ts';
import { MenuAction } from './events.ts';
import { projectFilesService } from './project-files.ts';

const Empty = z.object({}).strict();

export const ProjectInfo = z.object({
  /** Absolute path of the open project file. */
  path: z.string(),
  name: z.string(),
  /** Null when this process holds the write lock; otherwise why the project is open read-only. */
  readOnlyReason: z.string().nullable(),
  revision: z.number().int().nonnegative(),
});
export type ProjectInfo = z.infer<typeof ProjectInfo>;

export const BackupInfo = z.object({
  path: z.string(),
  /** ISO 8601 time the backup was taken. */
  takenAt: z.string(),
  /** Why it was taken, e.g. `periodic`, `before-migration-v1-to-v2`, `before-restore`. */
  reason: z.string(),
  bytes: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

/** One exported file: its bytes in base64 (the JSON transports carry no binary) and the name to save it under. */
export const ExportedFile = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  bytes: z.number().int().nonnegative(),
  base64: z.string(),
});
export type ExportedFile = z.infer<typeof ExportedFile>;

/** A PNG image in base64 (the app's 3D view for the brief); the browser transport's 8 MB request limit caps its size. */
export const PngBase64 = z
  .string()
  .max(6_000_000, 'The 3D view image is over 6 MB: export the brief from a smaller window.')
  .regex(/^iVBORw0KGgo[A-Za-z0-9+/]*={0,2}$/, 'The 3D view image is not a PNG.');

/** What to export: one scenario in one format; `hidePrices` for a tenant copy; the app's 3D view for the PDF brief; an image's scale. */
export const ExportRequest = z
  .object({
    scenarioId: ScenarioId,
    format: z.enum(EXPORT_FORMAT_IDS),
    hidePrices: z.boolean(),
    viewportPng: PngBase64.optional(),
    /** The scale of an image format (the site plan PNG): 1× is 96 dpi. */
    scale: z.literal(IMAGE_SCALES, { error: 'Image scale is 1, 2 or 4.' }).optional(),
  })
  .strict();
export type ExportRequest = z.infer<typeof ExportRequest>;

/**
 * Where an export job stands. Done: in browser mode the file itself (the renderer downloads it), on the desktop the
 * path it was saved to through the native save dialog.
 */
export const ExportJobStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('running'), done: z.number().min(0).max(1), stage: z.string() }),
  z.object({ state: z.literal('done'), fileName: z.string(), file: ExportedFile.nullable(), savedTo: z.string().nullable() }),
  z.object({ state: z.literal('failed'), message: z.string() }),
  z.object({ state: z.literal('cancelled') }),
]);
export type ExportJobStatus = z.infer<typeof ExportJobStatus>;

const ExportJobRef = z.object({ jobId: z.string().min(1).max(64) }).strict();

/**
 * The contract between the renderer and the main process, used by both transports (Electron IPC and
 * browser mode over loopback HTTP). Each method's request and response are validated at the boundary.
 */
export const contract = {
  project: {
    info: method(Empty, ProjectInfo),
    load: method(Empty, ProjectDocument),
    /** Persists one editor transaction atomically; `baseRevision` guards against lost updates. */
    applyDiff: method(
      z.object({ baseRevision: z.number().int().nonnegative(), diff: DocumentDiff }).strict(),
      z.object({ revision: z.number().int().nonnegative() }),
    ),
  },
  catalog: {
    get: method(Empty, Catalog),
  },
  backups: {
    /** The open project's backups in the app data folder, newest first. */
    list: method(Empty, z.array(BackupInfo)),
    /** Puts one of those backups in place of the project (keeping what it held as a backup of its own). */
    restore: method(
      z.object({ path: z.string().min(1) }).strict(),
      z.object({ restoredFrom: z.string(), previousBackup: z.string().nullable() }),
    ),
  },
  bill: {
    compute: method(z.object({ scenarioId: ScenarioId }).strict(), ScenarioReport),
  },
  files: projectFilesService,
  menu: {
    /** The renderer's menu actions, in its order, sent again whenever a label or an enabled state changes. */
    setActions: method(z.object({ actions: z.array(MenuAction).max(1000) }).strict(), Empty),
  },
  export: {
    /**
     * Starts writing one scenario in one format (the writers the CLI's export uses) and answers at once. On the desktop
     * the native save dialog asks where first: a null job id means the user cancelled it.
     */
    start: method(ExportRequest, z.object({ jobId: z.string().nullable() })),
    /** How far a job is; a finished job's result is answered once and then forgotten. */
    status: method(ExportJobRef, ExportJobStatus),
    /** Stops a running job at its next step; nothing is written. */
    cancel: method(ExportJobRef, z.object({ cancelled: z.boolean() })),
  },
} as const;

export type Contract = typeof contract;
