import { documentFromRecords, documentRecords, duplicateScenarioDiff, type DocRecord, type DocumentDiff, type EquipmentRecord, type Nameplate, type ProjectDocument, type ScenarioId, type ScenarioRecord } from '../../../shared/model/index.ts';
import { equipment, hall, project, racks, row, scenario, site } from '../../engine/layout-fixture.ts';

export const BASE = 'sc-1' as ScenarioId;

/** Applies a diff to a plain document (what the store does, without the file). */
export function applyDiff(doc: ProjectDocument, diff: DocumentDiff): ProjectDocument {
  const removed = new Set(diff.removed.map((r) => r.id));
  const updated = new Map(diff.updated.map(([, after]) => [after.id, after]));
  const records: DocRecord[] = documentRecords(doc).filter((r) => !removed.has(r.id)).map((r) => updated.get(r.id) ?? r);
  return documentFromRecords([...records, ...diff.added]);
}

/** Deterministic ids for copies: type-n. */
export function idMaker(): (type: string) => string {
  let n = 0;
  return (type) => `${type}-copy-${(n += 1)}`;
}

export const plate = (over: Partial<Nameplate> = {}): Nameplate => ({
  kind: 'transformer', rating: { value: 2500, unit: 'kVA', conditions: 'ONAN, 40 °C' }, flowLpm: null, voltageKv: 34.5, supplyC: null, paths: 2, year: 2018, condition: 'good', ...over,
});

export interface RetrofitCase {
  readonly doc: ProjectDocument;
  readonly baseline: ScenarioId;
  readonly target: ScenarioId;
}

/**
 * A mining hall as built (the baseline, one hall of `rows` rows of `perRow` racks of `profile`) with its yard
 * equipment, then Phase 1 as a copy of it that names it as its baseline, with `target` changes to the scenario.
 */
export function retrofitCase(options: {
  profile: string;
  rows: number;
  perRow: number;
  yard: readonly EquipmentRecord[];
  target: Partial<ScenarioRecord>;
  base?: Partial<ScenarioRecord>;
  extra?: Partial<ProjectDocument>;
  /** Cooling loop of every row (the loop itself comes in `extra`). */
  loopId?: string;
  /** Feed A of every row (the feed itself comes in `extra`). */
  feedAId?: string;
}): RetrofitCase {
  const h = hall('h1', { name: 'Hall 1', widthM: 60, depthM: 60 });
  const rowList = Array.from({ length: options.rows }, (_, i) => row(`r${i + 1}`, 'h1', { name: `${i + 1}`, origin: { x: 2, y: 2 + i * 3.6 }, slotCount: options.perRow, coolingLoopId: (options.loopId ?? null) as never, feedAId: (options.feedAId ?? null) as never }));
  const doc0 = project({
    site,
    scenarios: [{ ...scenario, name: 'As-is', powerRedundancy: 'N', generators: false, ...options.base }],
    halls: [h],
    rows: rowList,
    racks: rowList.flatMap((r) => racks(r.id, options.profile, options.perRow)),
    equipment: [...options.yard],
    ...options.extra,
  });
  const doc1 = applyDiff(doc0, duplicateScenarioDiff(doc0, BASE, 'Phase 1', idMaker(), true));
  const target = doc1.scenarios.find((s) => s.name === 'Phase 1')!;
  const doc = applyDiff(doc1, { added: [], removed: [], updated: [[target, { ...target, ...options.target }]] });
  return { doc, baseline: BASE, target: target.id };
}

export const yardUnit = (id: string, catalogId: string, over: Partial<EquipmentRecord> = {}): EquipmentRecord => ({ ...equipment(id, catalogId), name: id.toUpperCase(), ...over });
