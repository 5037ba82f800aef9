import { INTERCHANGE_VERSION } from '../../shared/model/index.ts';
import type { HallId, ProjectDocument, RackId, RackRecord, RowId, RowRecord, ScenarioId, SiteId, HallRecord } from '../../shared/model/index.ts';

export const BENCH_SCENARIO = 'sc' as ScenarioId;
const PROFILES = ['gb200-nvl72', 'gb300-nvl72', 'air-40kw', 'dgx-b200'];

/** A synthetic project: halls of 1,000 racks in rows of 20, a mix of liquid and air profiles. */
export function syntheticDocument(rackCount: number): ProjectDocument {
  const perRow = 20;
  const rowsPerHall = 50;
  const rows: RowRecord[] = [];
  const racks: RackRecord[] = [];
  const halls: HallRecord[] = [];
  const rowCount = Math.ceil(rackCount / perRow);
  for (let r = 0; r < rowCount; r += 1) {
    const h = Math.floor(r / rowsPerHall);
    if (r % rowsPerHall === 0) {
      halls.push({
        type: 'hall', id: `h${h}` as HallId, scenarioId: BENCH_SCENARIO, name: `Hall ${h}`, kind: 'converted-mining', origin: { x: h * 100, y: 0 },
        rotation: 0, widthM: 80, depthM: 200, ceilingHeightM: 8, floorLoadKgPerM2: 2500,
      });
    }
    // Back-to-back pairs (a hot aisle between each pair's rears), as hot-aisle containment needs.
    const y = (r % rowsPerHall) * 3.6;
    const flipped = r % 2 === 0;
    rows.push({
      type: 'row', id: `r${r}` as RowId, hallId: `h${h}` as HallId, name: `Row ${r}`,
      origin: flipped ? { x: 2 + perRow * 0.6, y: y + 1.2 } : { x: 2, y }, rotation: flipped ? 180 : 0,
      slotCount: perRow, slotWidthM: 0.6, containment: 'hot-aisle', coolingLoopId: null, feedAId: null, feedBId: null,
    });
    for (let s = 0; s < perRow && r * perRow + s < rackCount; s += 1) {
      const i = r * perRow + s;
      racks.push({ type: 'rack', id: `k${i}` as RackId, rowId: `r${r}` as RowId, slot: s, profileId: PROFILES[r % PROFILES.length]!, label: `K${i}`, itKwOverride: null });
    }
  }
  return {
    format: 'powerhall-project', version: INTERCHANGE_VERSION,
    site: {
      type: 'site', id: 's' as SiteId, name: 'Bench', location: '', interconnectMw: 10_000, substationMva: 10_000, utilityVoltageKv: 345,
      designDryBulbC: 38, designWetBulbC: 25, powerPriceUsdPerKwh: 0.045, priceOverrides: {},
    },
    scenarios: [{
      type: 'scenario', id: BENCH_SCENARIO, name: 'Bench', order: 0, powerRedundancy: '2N', coolingRedundancy: 'N+1', generators: true,
      fluid: 'water', liquidSupplyC: 45, liquidDeltaTK: 10, fabricSwitchId: null,
    }],
    halls, rows, racks, equipment: [], coolingLoops: [], powerFeeds: [],
  };
}

/** The same document with one rack replaced by a new record (as an edit does); every other record is reused. */
export function withOneRackChanged(doc: ProjectDocument, index: number, kw: number): ProjectDocument {
  const racks = doc.racks.slice();
  racks[index] = { ...racks[index]!, itKwOverride: kw };
  return { ...doc, racks };
}
