// Retrofit speed: the compare of two 10,000-rack scenarios (the as-built campus and its Phase 1 copy, which names it
// as baseline), with a yard of existing transformers kept through the supply step. Printed, never asserted.
import { performance } from 'node:perf_hooks';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { compareScenarios } from '../../shared/analysis/retrofit/index.ts';
import { documentFromRecords, documentRecords, duplicateScenarioDiff, type EquipmentId, type EquipmentRecord, type ProjectDocument, type ScenarioId } from '../../shared/model/index.ts';
import { BENCH_SCENARIO, syntheticDocument } from './engine-document.ts';

const catalog = loadCatalog();

function twoScenarios(racks: number): { doc: ProjectDocument; target: ScenarioId } {
  const base = syntheticDocument(racks);
  const yard: EquipmentRecord[] = Array.from({ length: 40 }, (_, i) => ({
    type: 'equipment', id: `tx-${i}` as EquipmentId, scenarioId: BENCH_SCENARIO, hallId: null, catalogId: 'xfmr-mvlv-3500kva', name: `TX-${i + 1}`,
    position: { x: -30 - (i % 10) * 6, y: Math.floor(i / 10) * 6 }, rotation: 0, disposition: 'existing',
    nameplate: { kind: 'transformer', rating: { value: 3500, unit: 'kVA', conditions: 'ONAN' }, flowLpm: null, voltageKv: 34.5, supplyC: null, paths: 2, year: 2019, condition: 'good' },
  }));
  const withYard = { ...base, equipment: [...base.equipment, ...yard] };
  let n = 0;
  const diff = duplicateScenarioDiff(withYard, BENCH_SCENARIO, 'Phase 1', (type) => `${type}-c${(n += 1)}`, true);
  const doc = documentFromRecords([...documentRecords(withYard), ...diff.added]);
  return { doc, target: diff.added[0]!.id as ScenarioId };
}

function median(samples: number[]): number {
  const s = samples.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const { doc, target } = twoScenarios(10_000);
const compare = () => compareScenarios(doc, catalog, BENCH_SCENARIO, target, { asOf: '2026-12-01' });
let t = performance.now();
compare();
console.log(`retrofit compare, 2 × 10,000 racks, first (three full reports from scratch): ${(performance.now() - t).toFixed(2)} ms`);
const samples: number[] = [];
for (let i = 0; i < 31; i += 1) {
  t = performance.now();
  compare();
  samples.push(performance.now() - t);
}
console.log(`retrofit compare, 2 × 10,000 racks, again (the engine's per-hall memo warm): median ${median(samples).toFixed(2)} ms  (goal ≤ 20 ms)`);
