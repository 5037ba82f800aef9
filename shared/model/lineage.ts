import type { ProjectDocument } from './document.ts';
import type { ScenarioId } from './ids.ts';
import type { DocRecord, EquipmentRecord, ScenarioRecord } from './records.ts';
import type { EquipmentDisposition } from './retrofit-records.ts';

/** An equipment record's disposition; a record from before dispositions existed is new. */
export function dispositionOf(record: EquipmentRecord): EquipmentDisposition {
  return record.disposition ?? 'new';
}

/** The scenario's baseline, when it names one that is in the project. */
export function baselineOf(doc: ProjectDocument, scenario: ScenarioRecord): ScenarioRecord | undefined {
  const id = scenario.baselineScenarioId;
  return id === null || id === undefined ? undefined : doc.scenarios.find((s) => s.id === id);
}

/** The last scenario (in display order) that names a baseline: the default target of a retrofit. */
export function lastScenarioWithBaseline(doc: ProjectDocument): ScenarioRecord | undefined {
  return [...doc.scenarios].reverse().find((s) => baselineOf(doc, s) !== undefined);
}

/**
 * Follows `originId` links from a target record back towards the baseline: the first record on the chain that is
 * in `baselineIds` (a copy of a copy still finds its ancestor), or undefined for a record new to the target.
 */
export function originIn<T extends DocRecord>(record: T, byId: ReadonlyMap<string, DocRecord>, baselineIds: ReadonlySet<string>): string | undefined {
  if (baselineIds.has(record.id)) return record.id;
  const seen = new Set<string>();
  let current: DocRecord | undefined = record;
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    const origin = (current as { originId?: string }).originId;
    if (origin === undefined) return undefined;
    if (baselineIds.has(origin)) return origin;
    current = byId.get(origin);
  }
  return undefined;
}

/** Equipment of one scenario. */
export function scenarioEquipment(doc: ProjectDocument, id: ScenarioId): EquipmentRecord[] {
  return doc.equipment.filter((e) => e.scenarioId === id);
}
