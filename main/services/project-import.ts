import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { ApiError } from '../../shared/contract/envelope.ts';
import { describeCsvError, planCsvImport, type CsvKind } from '../../shared/interchange/csv-import.ts';
import { parseInterchange } from '../../shared/interchange/interchange-json.ts';
import type { ProjectDocument } from '../../shared/model/index.ts';
import { notUtf8Reason } from '../../shared/interchange/text-decode.ts';
import { describeFileError } from './file-system.ts';
import { ProjectService } from './project-service.ts';
import { freshId } from './fresh-id.ts';

/** An import file's text, decoded as strict UTF-8: a file in another encoding is refused with where it goes wrong. */
function readText(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new ApiError('not-found', describeFileError('read', path, error));
  }
  // Node's native check first: the byte walk that says where a file goes wrong is slow on a large file that is fine.
  const problem = isUtf8(bytes) ? null : notUtf8Reason(bytes, path);
  if (problem) throw new ApiError('bad-request', problem);
  const text = bytes.toString('utf8');
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** At most this many problems are listed; the count says how many there were. */
const MAX_LISTED_PROBLEMS = 100;

/** Reads an interchange JSON file of any known version into a validated document. */
export function readInterchangeFile(path: string): ProjectDocument {
  const result = parseInterchange(readText(path));
  if (!result.ok) throw new ApiError('bad-request', `${path}: ${result.message}`, result.issues);
  return result.document;
}

/** A new project file from an interchange JSON file. */
export function importJsonAsProject(jsonPath: string, projectPath: string): ProjectService {
  return ProjectService.create(projectPath, readInterchangeFile(jsonPath));
}

/**
 * Adds the racks or equipment of a CSV file to a scenario of an open project, as one edit: every bad line is
 * reported with its line and column, and nothing is imported when any line is bad.
 */
export function importCsvIntoProject(project: ProjectService, csvPath: string, scenario?: string): { kind: CsvKind; count: number } {
  const doc = project.load();
  const chosen = scenario ? doc.scenarios.find((s) => s.id === scenario || s.name === scenario) : doc.scenarios[0];
  if (!chosen) {
    throw new ApiError('bad-request', `There is no scenario '${scenario}'; the project has ${doc.scenarios.map((s) => `'${s.name}'`).join(', ')}.`);
  }
  const plan = planCsvImport(readText(csvPath), { doc, scenarioId: chosen.id, newId: freshId });
  if (!plan.ok) {
    const listed = plan.errors.slice(0, MAX_LISTED_PROBLEMS);
    const issues = listed.map((e) => ({ path: `line ${e.line}, column ${e.column}${e.columnName ? ` (${e.columnName})` : ''}`, message: e.message }));
    const count = plan.errors.length;
    const heading = count > listed.length ? `${count} problems; the first ${listed.length}` : `${count} problem(s)`;
    throw new ApiError('bad-request', `${csvPath}: nothing was imported; ${heading}:\n${listed.map(describeCsvError).join('\n')}`, issues);
  }
  project.applyDiff(project.info().revision, plan.diff);
  return { kind: plan.kind, count: plan.diff.added.length };
}
