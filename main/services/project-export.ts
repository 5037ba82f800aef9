import { resolve } from 'node:path';
import { ApiError } from '../../shared/contract/envelope.ts';
import { formatInterchange } from '../../shared/interchange/interchange-json.ts';
import { describeFileError, nodeFileSystem, writeFileAtomic, type FileSystem } from './file-system.ts';
import { ProjectService } from './project-service.ts';

/** The project's interchange JSON, read without taking the writer's lock. */
export function exportProjectJson(projectPath: string): string {
  const project = ProjectService.open(projectPath, { readOnly: true });
  try {
    return formatInterchange(project.load());
  } finally {
    project.close();
  }
}

/** Writes interchange JSON to a file: all of it or, on a full disk or a denied folder, nothing and a clear message. */
export function writeExport(target: string, text: string, fileSystem: FileSystem = nodeFileSystem): void {
  try {
    writeFileAtomic(fileSystem, resolve(target), Buffer.from(text, 'utf8'));
  } catch (error) {
    throw new ApiError('internal', `${describeFileError('export to', target, error)} Nothing was written there and the project is untouched.`);
  }
}
