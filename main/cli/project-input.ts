import type { ProjectDocument, ScenarioRecord } from '../../shared/model/index.ts';
import { readInterchangeFile } from '../services/project-import.ts';
import { ProjectService } from '../services/project-service.ts';
import { CliUsageError } from './command.ts';

/** A project the commands read: an interchange .json, or a .powerhall opened read-only (never locked for writing). */
export function readProject(path: string): ProjectDocument {
  if (path.endsWith('.json')) return readInterchangeFile(path);
  const project = ProjectService.open(path, { readOnly: true });
  try {
    return project.load();
  } finally {
    project.close();
  }
}

/**
 * The scenario named by id or name, or `fallback` when none is asked for; a name that is not there lists the choices.
 * `role` names it in the message ("target", "baseline").
 */
export function pickScenario(doc: ProjectDocument, wanted: string | undefined, fallback: ScenarioRecord | undefined = doc.scenarios[0], role = ''): ScenarioRecord {
  const scenario = wanted === undefined ? fallback : doc.scenarios.find((s) => s.id === wanted || s.name === wanted);
  if (!scenario) throw new CliUsageError(`no ${role ? `${role} ` : ''}scenario '${wanted}'; the project has: ${doc.scenarios.map((s) => `${s.id} (${s.name})`).join(', ')}`);
  return scenario;
}
