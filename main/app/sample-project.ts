import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ProjectDocument } from '../../shared/model/document.ts';
import { resourcesDir } from '../paths.ts';
import { readInterchangeFile } from '../services/project-import.ts';
import { ProjectService } from '../services/project-service.ts';
import { appDataDir } from '../services/app-data-dir.ts';

/** The bundled sample, in the JSON interchange format. */
export const SAMPLE_FILE = 'north-shore-campus.json';

export function sampleDocumentPath(): string {
  return join(resourcesDir(), 'samples', SAMPLE_FILE);
}

export function loadSampleDocument(): ProjectDocument {
  return readInterchangeFile(sampleDocumentPath());
}

/**
 * The user's own copy of the sample in the data folder, made on first use: the app never opens (or writes)
 * the file under resources/.
 */
export function ensureSampleProject(dataDir = appDataDir()): string {
  const folder = join(dataDir, 'projects');
  const path = join(folder, 'North Shore sample.powerhall');
  if (!existsSync(path)) {
    mkdirSync(folder, { recursive: true });
    ProjectService.create(path, loadSampleDocument()).close();
  }
  return path;
}
