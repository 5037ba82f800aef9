import { z } from 'zod';
import { ScenarioId } from '../model/index.ts';
import { method } from './define.ts';

/** Largest file a browser tab may send (its bytes in base64 within the API's 8 MB request limit). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** A file the user chose in browser mode's file chooser, sent as its bytes in base64. */
export const UploadedFile = z
  .object({
    fileName: z.string().min(1).max(255),
    base64: z
      .string()
      .max(Math.ceil(MAX_UPLOAD_BYTES / 3) * 4, `The file is larger than the ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB a browser tab can send; open it with powerhall serve --project FILE instead.`)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file did not arrive as base64.'),
  })
  .strict();
export type UploadedFile = z.infer<typeof UploadedFile>;

/**
 * What a file command did. `cancelled`: the user closed a dialog; `done`: the desktop shell has shown the result (a
 * window of its own, or this window reloaded); `reload`: this tab must load the project again (browser mode).
 */
export const FileOutcome = z.object({ outcome: z.enum(['cancelled', 'done', 'reload']) });
export type FileOutcome = z.infer<typeof FileOutcome>;

export const RecentProject = z.object({ path: z.string(), name: z.string() });
export type RecentProject = z.infer<typeof RecentProject>;

const Empty = z.object({}).strict();

/**
 * New, Open, Open Recent, Save As, Import and Close. On the desktop each shows the native dialog it needs; in browser
 * mode the tab sends the chosen file (`upload`) and gets the saved copy back to download (`file` of saveAs).
 */
export const projectFilesService = {
  recent: method(Empty, z.object({ projects: z.array(RecentProject) })),
  newProject: method(z.object({ name: z.string().trim().min(1, 'A project needs a name.').max(120) }).strict(), FileOutcome),
  /** A recent project by `path`, or the file the user chose (`upload` in browser mode; the native dialog on the desktop). */
  open: method(z.object({ path: z.string().min(1).max(4096).optional(), upload: UploadedFile.optional() }).strict(), FileOutcome),
  /** A copy of the project: on the desktop where the save dialog says (the window goes on in the copy); in browser mode as `file`. */
  saveAs: method(
    Empty,
    FileOutcome.extend({ file: z.object({ fileName: z.string(), base64: z.string() }).nullable() }),
  ),
  /** An interchange .json becomes a new project; the racks or equipment of a .csv go into `scenarioId` (all lines or none). */
  importFile: method(z.object({ scenarioId: ScenarioId, upload: UploadedFile.optional() }).strict(), FileOutcome),
  close: method(Empty, FileOutcome),
} as const;
