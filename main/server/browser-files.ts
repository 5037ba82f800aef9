// Browser mode's New, Open, Open Recent, Save As, Import and Close: the tab sends the file the user chose and gets
// the saved copy back to download; the projects it makes or receives live in the data folder's projects/ folder, and
// the server goes on serving the one the tab opened.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, isAbsolute, join } from 'node:path';
import { ApiError } from '../../shared/contract/envelope.ts';
import type { UploadedFile } from '../../shared/contract/project-files.ts';
import type { ProjectSession } from '../app/project-session.ts';
import { newProjectDocument } from '../app/new-project.ts';
import { addRecent, formatRecent, parseRecent, removeRecent } from '../electron/recent-documents.ts';
import { readStateFile, writeStateFile } from '../electron/state-files.ts';
import type { ProjectFilesHandlers } from '../services/powerhall-handlers.ts';
import { importCsvIntoProject, importJsonAsProject } from '../services/project-import.ts';
import { ProjectService } from '../services/project-service.ts';

const PROJECT_EXTENSION = '.powerhall';

export interface BrowserFilesOptions {
  /** The data folder: projects/ holds the projects made here, browser-mode/recent-projects.json the recent list. */
  dataDir: string;
  /** Every open tab must load again: another project (or none) is being served. */
  onReplaced(): void;
}

/** A file name safe on every system, from what the user typed or the name of the file they chose. */
function safeStem(name: string): string {
  const stem = name
    .replace(/\.[^.]*$/, '')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return stem || 'Project';
}

/** `folder/stem.powerhall`, or `stem (2).powerhall` and so on when that is taken: nothing is ever overwritten. */
function freePath(folder: string, stem: string): string {
  for (let n = 1; ; n += 1) {
    const path = join(folder, `${stem}${n === 1 ? '' : ` (${n})`}${PROJECT_EXTENSION}`);
    if (!existsSync(path)) return path;
  }
}

function decode(upload: UploadedFile): Buffer {
  return Buffer.from(upload.base64, 'base64');
}

export function browserProjectFiles(session: ProjectSession, options: BrowserFilesOptions): ProjectFilesHandlers {
  const projects = join(options.dataDir, 'projects');
  const recentFile = join(options.dataDir, 'browser-mode', 'recent-projects.json');
  const readRecent = () => parseRecent(readStateFile(recentFile), isAbsolute);
  const noteRecent = (path: string) => writeStateFile(recentFile, formatRecent(addRecent(readRecent(), path)));
  const reload = { outcome: 'reload' } as const;
  // The project serve started with is the first of the list.
  if (session.isOpen) noteRecent(session.project.path);

  /** Serves `path` from now on; every tab loads again. */
  async function serve(path: string): Promise<void> {
    await session.switchTo(path);
    noteRecent(path);
    options.onReplaced();
  }

  /** Writes an upload to a temporary file, hands its path to `use`, and removes it afterwards. */
  async function withUpload<T>(upload: UploadedFile, use: (path: string) => Promise<T> | T): Promise<T> {
    const dir = mkdtempSync(join(tmpdir(), 'powerhall-upload-'));
    try {
      const path = join(dir, basename(upload.fileName).replace(/[\\/]/g, '_'));
      writeFileSync(path, decode(upload));
      return await use(path);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  const required = (upload: UploadedFile | undefined, what: string): UploadedFile => {
    if (!upload) throw new ApiError('bad-request', `Choose the ${what} to send from this computer.`);
    return upload;
  };

  return {
    recent: () => ({
      projects: readRecent()
        .filter((path) => existsSync(path))
        .map((path) => ({ path, name: basename(path, PROJECT_EXTENSION) })),
    }),

    newProject: async ({ name }) => {
      mkdirSync(projects, { recursive: true });
      const path = freePath(projects, safeStem(name));
      ProjectService.create(path, newProjectDocument(name.trim())).close();
      await serve(path);
      return reload;
    },

    open: async ({ path, upload }) => {
      if (path !== undefined) {
        // Only a project of the recent list: a tab never names an arbitrary file on this computer.
        if (!readRecent().includes(path)) throw new ApiError('not-found', `${basename(path)} is not in the recent list; choose the file to open instead.`);
        try {
          await serve(path);
        } catch (error) {
          writeStateFile(recentFile, formatRecent(removeRecent(readRecent(), path)));
          throw error;
        }
        return reload;
      }
      const file = required(upload, 'Powerhall project (.powerhall)');
      if (extname(file.fileName).toLowerCase() !== PROJECT_EXTENSION) {
        throw new ApiError('bad-request', `${file.fileName} is not a Powerhall project (.powerhall). To bring in an interchange JSON or a CSV, use Import.`);
      }
      mkdirSync(projects, { recursive: true });
      const target = freePath(projects, safeStem(file.fileName));
      writeFileSync(target, decode(file), { flag: 'wx' });
      try {
        await serve(target);
      } catch (error) {
        // A file that was refused (not a project, damaged, from a newer version) is not kept.
        for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(target + suffix, { force: true });
        throw error;
      }
      return reload;
    },

    saveAs: () => {
      const name = basename(session.project.path);
      const dir = mkdtempSync(join(tmpdir(), 'powerhall-copy-'));
      try {
        const copy = join(dir, name);
        // A consistent copy through SQLite's backup, never the live file's bytes.
        session.project.saveAs(copy);
        return { outcome: 'done', file: { fileName: name, base64: readFileSync(copy).toString('base64') } };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },

    importFile: async ({ scenarioId, upload }) => {
      const file = required(upload, 'interchange JSON or CSV file');
      const extension = extname(file.fileName).toLowerCase();
      if (extension === '.csv') {
        await withUpload(file, (path) => importCsvIntoProject(session.project, path, scenarioId));
        return reload;
      }
      if (extension !== '.json') throw new ApiError('bad-request', `${file.fileName} is neither an interchange JSON (.json) nor a CSV (.csv) file.`);
      mkdirSync(projects, { recursive: true });
      const target = freePath(projects, safeStem(file.fileName));
      await withUpload(file, (path) => importJsonAsProject(path, target).close());
      await serve(target);
      return reload;
    },

    close: () => {
      session.close();
      options.onReplaced();
      return reload;
    },
  };
}
