import type { DocumentDiff } from './diff.ts';
import type { ProjectDocument } from './document.ts';
import type { ScenarioId } from './ids.ts';
import type { DocRecord, ScenarioRecord } from './records.ts';
import { deleteEffects } from './delete-effects.ts';
import { documentSource } from './record-source.ts';
import { RELATIONS, remapReferences } from './relations.ts';

// Scenario operations as diffs, for the editor's actions and the main process alike. Ids come from the caller,
// since making unique ones needs the platform's random source.

/** Makes a fresh, unique id for a new record of a type. */
export type NewRecordId = (type: DocRecord['type']) => string;

function scenarioOf(doc: ProjectDocument, id: ScenarioId): ScenarioRecord {
  const scenario = doc.scenarios.find((s) => s.id === id);
  if (!scenario) throw new Error(`scenario ${id} is not in the project`);
  return scenario;
}

/** Every record that belongs to a scenario (its halls and all they hold, and its yard equipment), parents first. */
export function scenarioRecords(doc: ProjectDocument, id: ScenarioId): DocRecord[] {
  const source = documentSource(doc);
  const parentRelations = RELATIONS.filter((r) => r.parent);
  const out: DocRecord[] = [];
  const seen = new Set<string>();
  for (let queue: string[] = [id]; queue.length > 0; ) {
    const parent = queue.shift()!;
    for (const r of parentRelations) {
      for (const child of source.childrenOf(parent, r.from)) {
        if (seen.has(child.id)) continue;
        seen.add(child.id);
        out.push(child);
        queue.push(child.id);
      }
    }
  }
  return out;
}

/** Adds an empty scenario after the last one, with the settings of `template`. */
export function createScenarioDiff(doc: ProjectDocument, name: string, template: ScenarioRecord, newId: NewRecordId): DocumentDiff {
  const order = Math.max(...doc.scenarios.map((s) => s.order)) + 1;
  const scenario: ScenarioRecord = { ...template, id: newId('scenario') as ScenarioId, name, order };
  return { added: [scenario], updated: [], removed: [] };
}

export function renameScenarioDiff(doc: ProjectDocument, id: ScenarioId, name: string): DocumentDiff {
  const before = scenarioOf(doc, id);
  return { added: [], updated: [[before, { ...before, name }]], removed: [] };
}

/**
 * Removes a scenario and everything in it; scenarios that named it as their baseline lose that baseline (as the
 * relations table says). The store refuses it when it is the last one.
 */
export function deleteScenarioDiff(doc: ProjectDocument, id: ScenarioId): DocumentDiff {
  const source = documentSource(doc);
  const updated = deleteEffects(source, [id]).updated.map((after): [DocRecord, DocRecord] => [source.get(after.id)!, after]);
  return { added: [], updated, removed: [scenarioOf(doc, id), ...scenarioRecords(doc, id)] };
}

/**
 * A full copy of a scenario's layout under new ids, every reference inside it remapped to the copies, each copy
 * remembering the record it came from (`originId`). The copy's baseline stays the source's: pass `asBaseline` to
 * make the source itself the copy's baseline (the next phase of a retrofit).
 */
export function duplicateScenarioDiff(doc: ProjectDocument, id: ScenarioId, name: string, newId: NewRecordId, asBaseline = false): DocumentDiff {
  const source = scenarioOf(doc, id);
  const order = Math.max(...doc.scenarios.map((s) => s.order)) + 1;
  const copyId = newId('scenario') as ScenarioId;
  const records = scenarioRecords(doc, id);
  const map = new Map<string, string>(records.map((r) => [r.id, newId(r.type)]));
  const to = (ref: string): string => (ref === id ? copyId : (map.get(ref) ?? ref));
  const copies = records.map((r): DocRecord => ({ ...remapReferences(r, to, (from) => from.id), id: map.get(r.id)! }) as DocRecord);
  const scenario: ScenarioRecord = asBaseline ? { ...source, id: copyId, name, order, baselineScenarioId: id } : { ...source, id: copyId, name, order };
  return { added: [scenario, ...copies], updated: [], removed: [] };
}
