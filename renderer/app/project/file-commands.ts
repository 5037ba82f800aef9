import type { FileOutcome, UploadedFile } from '../../../shared/contract/project-files.ts';
import { getApi } from '../../api/index.ts';
import { downloadFile } from '../download.ts';

/** The desktop shows its own dialogs for every file command; browser mode chooses and downloads in the page. */
export const inBrowserMode = (): boolean => window.powerhall === undefined;

export const PROJECT_ACCEPT = '.powerhall';
export const IMPORT_ACCEPT = '.json,.csv';

/** The browser's file chooser for one file; null when the user closed it without choosing. */
export function chooseFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

/** A chosen or dropped file as the contract carries it. */
export async function toUpload(file: File): Promise<UploadedFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { fileName: file.name, base64: btoa(binary) };
}

/** What to do once a file command answered: load the project again when another one is now served here. */
export function afterFileCommand({ outcome }: FileOutcome): void {
  if (outcome === 'reload') window.location.reload();
}

export type FileKind = 'project' | 'import' | 'other';

/** A file by its extension: a project opens, an interchange JSON or a CSV is imported. */
export function fileKind(name: string): FileKind {
  const lower = name.toLowerCase();
  if (lower.endsWith('.powerhall')) return 'project';
  if (lower.endsWith('.json') || lower.endsWith('.csv')) return 'import';
  return 'other';
}

/** Opens a project file the user chose or dropped (browser mode), or through the native dialog (desktop). */
export async function openProjectFile(file: File | null): Promise<void> {
  const api = getApi();
  if (!inBrowserMode()) return afterFileCommand(await api.files.open({}));
  const chosen = file ?? (await chooseFile(PROJECT_ACCEPT));
  if (chosen) afterFileCommand(await api.files.open({ upload: await toUpload(chosen) }));
}

/** Imports an interchange JSON (a new project) or a CSV (into `scenarioId`), chosen, dropped or through the dialog. */
export async function importFile(scenarioId: string, file: File | null): Promise<void> {
  const api = getApi();
  if (!inBrowserMode() && !file) return afterFileCommand(await api.files.importFile({ scenarioId }));
  const chosen = file ?? (await chooseFile(IMPORT_ACCEPT));
  if (chosen) afterFileCommand(await api.files.importFile({ scenarioId, upload: await toUpload(chosen) }));
}

/** Save As: the desktop's save dialog, or the copy downloaded in browser mode. */
export async function saveProjectAs(): Promise<void> {
  const answer = await getApi().files.saveAs({});
  if (answer.file) downloadFile(Uint8Array.from(atob(answer.file.base64), (c) => c.charCodeAt(0)), answer.file.fileName, 'application/vnd.sqlite3');
  afterFileCommand(answer);
}
