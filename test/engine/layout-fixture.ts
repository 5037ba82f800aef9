import { INTERCHANGE_VERSION } from '../../shared/model/index.ts';
import type {
  CoolingLoopId,
  CoolingLoopRecord,
  EquipmentId,
  EquipmentRecord,
  HallId,
  HallRecord,
  PowerFeedId,
  PowerFeedRecord,
  ProjectDocument,
  RackId,
  RackRecord,
  RowId,
  RowRecord,
  ScenarioId,
  ScenarioRecord,
  SiteId,
  SiteRecord,
} from '../../shared/model/index.ts';

export const SCENARIO = 'sc-1' as ScenarioId;

export const site: SiteRecord = {
  type: 'site', id: 'site-1' as SiteId, name: 'Test site', location: 'Texas', interconnectMw: 100, substationMva: 120,
  utilityVoltageKv: 345, designDryBulbC: 40, designWetBulbC: 26, powerPriceUsdPerKwh: 0.045, priceOverrides: {},
};

export const scenario: ScenarioRecord = {
  type: 'scenario', id: SCENARIO, name: 'Phase 1', order: 0, powerRedundancy: '2N', coolingRedundancy: 'N+1',
  generators: true, fluid: 'water', liquidSupplyC: 45, liquidDeltaTK: 10, fabricSwitchId: null,
};

export function hall(id: string, overrides: Partial<HallRecord> = {}): HallRecord {
  return {
    type: 'hall', id: id as HallId, scenarioId: SCENARIO, name: `Hall ${id}`, kind: 'converted-mining', origin: { x: 0, y: 0 }, rotation: 0,
    widthM: 60, depthM: 40, ceilingHeightM: 8, floorLoadKgPerM2: 2500, ...overrides,
  };
}

export function row(id: string, hallId: string, overrides: Partial<RowRecord> = {}): RowRecord {
  return {
    type: 'row', id: id as RowId, hallId: hallId as HallId, name: `Row ${id}`, origin: { x: 2, y: 2 }, rotation: 0, slotCount: 16,
    slotWidthM: 0.6, containment: 'hot-aisle', coolingLoopId: null, feedAId: null, feedBId: null, ...overrides,
  };
}

export function racks(rowId: string, profileId: string, count: number, prefix = rowId): RackRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    type: 'rack' as const, id: `${prefix}-r${i}` as RackId, rowId: rowId as RowId, slot: i, profileId, label: `${prefix}-${i}`, itKwOverride: null,
  }));
}

export function equipment(id: string, catalogId: string, hallId: string | null = null): EquipmentRecord {
  return {
    type: 'equipment', id: id as EquipmentId, scenarioId: SCENARIO, hallId: hallId as HallId | null, catalogId, name: id,
    position: { x: 0, y: 0 }, rotation: 0,
  };
}

export function loop(id: string, hallId: string, cduIds: string[], overrides: Partial<CoolingLoopRecord> = {}): CoolingLoopRecord {
  return {
    type: 'coolingLoop', id: id as CoolingLoopId, hallId: hallId as HallId, name: `Loop ${id}`, cduIds: cduIds as EquipmentId[],
    redundancy: 'N+1', route: [], ...overrides,
  };
}

export function feed(id: string, hallId: string, side: 'A' | 'B', upsIds: string[]): PowerFeedRecord {
  return {
    type: 'powerFeed', id: id as PowerFeedId, hallId: hallId as HallId, name: `Feed ${id}`, side, distributionId: 'busway-2500a',
    upsIds: upsIds as EquipmentId[],
  };
}

export function project(parts: Partial<Omit<ProjectDocument, 'format' | 'version'>>): ProjectDocument {
  return {
    format: 'powerhall-project', version: INTERCHANGE_VERSION, site, scenarios: [scenario], halls: [], rows: [], racks: [], equipment: [],
    coolingLoops: [], powerFeeds: [], ...parts,
  };
}
