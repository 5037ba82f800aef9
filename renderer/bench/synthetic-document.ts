import { INTERCHANGE_VERSION } from '../../shared/model/index.ts';
import type { Catalog } from '../../shared/catalog/schema.ts';
import type { HallId, ProjectDocument, RackId, RackRecord, RowId, RowRecord, ScenarioId, SiteId } from '../../shared/model/index.ts';

const SLOTS = 20;
const PITCH = 0.6;
const ROW_GAP_X = 2;
// A rack 1.2 m deep and a 2.4 m aisle: rows repeat every 3.6 m.
const ROW_PITCH_Y = 3.6;

/** One hall holding `racks` racks in rows of 20: three GB200 NVL72 racks to one 40 kW air rack. */
export function syntheticDocument(racks: number, catalog: Catalog): ProjectDocument {
  const liquid = catalog.rackProfiles.find((p) => p.id === 'gb200-nvl72') ?? catalog.rackProfiles[0]!;
  const air = catalog.rackProfiles.find((p) => p.id === 'air-40kw') ?? catalog.rackProfiles[0]!;
  const rowCount = Math.ceil(racks / SLOTS);
  const cols = Math.max(1, Math.round(Math.sqrt(rowCount / 3)));
  const lines = Math.ceil(rowCount / cols);
  const hallId = 'hall-bench' as HallId;
  const scenarioId = 'sc-bench' as ScenarioId;
  const rows: RowRecord[] = [];
  const rackRecords: RackRecord[] = [];
  for (let i = 0; i < rowCount; i++) {
    const row: RowRecord = {
      type: 'row',
      id: `row-${i}` as RowId,
      hallId,
      name: `R${i + 1}`,
      origin: { x: 2 + (i % cols) * (SLOTS * PITCH + ROW_GAP_X), y: 2 + Math.floor(i / cols) * ROW_PITCH_Y },
      rotation: 0,
      slotCount: SLOTS,
      slotWidthM: PITCH,
      containment: 'hot-aisle',
      coolingLoopId: null,
      feedAId: null,
      feedBId: null,
    };
    rows.push(row);
    for (let s = 0; s < SLOTS && rackRecords.length < racks; s++) {
      rackRecords.push({ type: 'rack', id: `rack-${i}-${s}` as RackId, rowId: row.id, slot: s, profileId: s % 4 === 3 ? air.id : liquid.id, label: '', itKwOverride: null });
    }
  }
  return {
    format: 'powerhall-project',
    version: INTERCHANGE_VERSION,
    site: { type: 'site', id: 'site-bench' as SiteId, name: 'Bench', location: '', interconnectMw: 10_000, substationMva: 10_000, utilityVoltageKv: 138, designDryBulbC: 35, designWetBulbC: 24, powerPriceUsdPerKwh: 0.05, priceOverrides: {} },
    scenarios: [{ type: 'scenario', id: scenarioId, name: 'Bench', order: 0, powerRedundancy: '2N', coolingRedundancy: 'N+1', generators: true, fluid: 'water', liquidSupplyC: 30, liquidDeltaTK: 10, fabricSwitchId: null }],
    halls: [{ type: 'hall', id: hallId, scenarioId, name: 'Bench hall', kind: 'new-build', origin: { x: 0, y: 0 }, rotation: 0, widthM: 4 + cols * (SLOTS * PITCH + ROW_GAP_X), depthM: 4 + lines * ROW_PITCH_Y, ceilingHeightM: 6, floorLoadKgPerM2: 100_000 }],
    rows,
    racks: rackRecords,
    equipment: [],
    coolingLoops: [],
    powerFeeds: [],
  };
}
