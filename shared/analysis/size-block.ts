import { catalogIndexOf } from '../catalog/catalog-index.ts';
import type { Catalog } from '../catalog/schema.ts';
import {
  INTERCHANGE_FORMAT,
  INTERCHANGE_VERSION,
  type CoolingRedundancy,
  type HallId,
  type ProjectDocument,
  type RackId,
  type RackRecord,
  type Redundancy,
  type RowId,
  type RowRecord,
  type ScenarioId,
  type SiteId,
} from '../model/index.ts';
import { fmt } from '../engine/format.ts';
import { analyze } from './analyze.ts';
import type { ScenarioReport } from './report-schema.ts';

export interface BlockParams {
  profileId: string;
  count: number;
  powerRedundancy: Redundancy;
  coolingRedundancy: CoolingRedundancy;
  fabricSwitchId?: string;
}

/** Thrown for a block that cannot be sized (unknown profile or switch, bad count); the message names the input. */
export class BlockInputError extends Error {
  constructor(
    readonly field: 'profileId' | 'count' | 'fabricSwitchId',
    message: string,
  ) {
    super(message);
    this.name = 'BlockInputError';
  }
}

const BLOCK_SCENARIO = 'block' as ScenarioId;
/** Tens of gigawatts of racks: past this a block is a typo, not a design. */
export const MAX_BLOCK_RACKS = 200_000;
const BLOCK_HALL = 'block-hall' as HallId;

/**
 * A project holding only `count` identical racks in one hall, laid out in rows by the catalog's block
 * conventions, on a site with no interconnect limit, no existing substation (its own is sized at an assumed utility
 * voltage) and assumed design temperatures.
 */
export function blockDocument(params: BlockParams, catalog: Catalog): ProjectDocument {
  const index = catalogIndexOf(catalog);
  const profile = index.findProfile(params.profileId);
  if (!profile) {
    throw new BlockInputError('profileId', `unknown rack profile '${params.profileId}'; valid: ${catalog.rackProfiles.map((p) => p.id).join(', ')}`);
  }
  if (!Number.isInteger(params.count) || params.count < 1 || params.count > MAX_BLOCK_RACKS) {
    throw new BlockInputError('count', `rack count must be a whole number from 1 to ${MAX_BLOCK_RACKS}, got ${params.count}`);
  }
  if (params.fabricSwitchId !== undefined && index.findItem(params.fabricSwitchId)?.fabric !== 'compute') {
    const switches = index.ofKind('switch').filter((s) => s.fabric === 'compute').map((s) => s.id);
    throw new BlockInputError('fabricSwitchId', `'${params.fabricSwitchId}' is not a compute-fabric switch in the catalog; valid: ${switches.join(', ')}`);
  }
  const perRow = Math.max(1, Math.round(index.factor('block-racks-per-row')));
  const pitch = index.factor('block-aisle-m');
  const rowCount = Math.ceil(params.count / perRow);
  const rows: RowRecord[] = [];
  const racks: RackRecord[] = [];
  for (let r = 0; r < rowCount; r += 1) {
    const rowId = `row-${r + 1}` as RowId;
    rows.push({
      // Rows stand in back-to-back pairs (a hot aisle between the rears of each pair), as containment needs.
      type: 'row', id: rowId, hallId: BLOCK_HALL, name: `Row ${r + 1}`,
      origin: r % 2 === 0 ? { x: 3 + perRow * profile.widthM, y: 3 + r * pitch + profile.depthM } : { x: 3, y: 3 + r * pitch },
      rotation: r % 2 === 0 ? 180 : 0,
      slotCount: perRow, slotWidthM: profile.widthM, containment: 'hot-aisle', coolingLoopId: null, feedAId: null, feedBId: null,
    });
    for (let s = 0; s < perRow && r * perRow + s < params.count; s += 1) {
      racks.push({ type: 'rack', id: `rack-${r * perRow + s + 1}` as RackId, rowId, slot: s, profileId: profile.id, label: `R${r + 1}-${s + 1}`, itKwOverride: null });
    }
  }
  return {
    format: INTERCHANGE_FORMAT,
    version: INTERCHANGE_VERSION,
    site: {
      type: 'site', id: 'block-site' as SiteId, name: 'Block sizing (no site)', location: '',
      // No existing substation: the block brings its own HV/MV transformers and bays, sized on its design day.
      interconnectMw: 10_000, substationMva: 0, utilityVoltageKv: index.factor('block-utility-kv'),
      designDryBulbC: index.factor('block-design-dry-bulb-c'), designWetBulbC: index.factor('block-design-wet-bulb-c'),
      powerPriceUsdPerKwh: 0, priceOverrides: {},
    },
    scenarios: [{
      type: 'scenario', id: BLOCK_SCENARIO, name: 'Block', order: 0,
      powerRedundancy: params.powerRedundancy, coolingRedundancy: params.coolingRedundancy, generators: true, fluid: 'water',
      liquidSupplyC: index.factor('block-liquid-supply-c'), liquidDeltaTK: index.factor('block-liquid-delta-t-k'),
      fabricSwitchId: params.fabricSwitchId ?? null,
    }],
    halls: [{
      type: 'hall', id: BLOCK_HALL, scenarioId: BLOCK_SCENARIO, name: 'Block hall', kind: 'new-build', origin: { x: 0, y: 0 }, rotation: 0,
      widthM: Math.min(2000, perRow * profile.widthM + 6), depthM: Math.min(2000, rowCount * pitch + 6), ceilingHeightM: 6, floorLoadKgPerM2: 100_000,
    }],
    rows,
    racks,
    equipment: [],
    coolingLoops: [],
    powerFeeds: [],
  };
}

/** Sizes a block of identical racks without a layout (`powerhall size`), with the same rules as a project. */
export function sizeBlock(params: BlockParams, catalog: Catalog): ScenarioReport {
  const document = blockDocument(params, catalog);
  const bill = analyze(document, catalog, BLOCK_SCENARIO);
  const index = catalogIndexOf(catalog);
  bill.checks.push({
    id: 'assumed-input/block-site',
    severity: 'info',
    code: 'assumed-input',
    message:
      `Block sized without a site: design dry bulb ${fmt(index.factor('block-design-dry-bulb-c'))} °C, wet bulb ${fmt(index.factor('block-design-wet-bulb-c'))} °C, ` +
      `facility water ${fmt(index.factor('block-liquid-supply-c'))} °C with ${fmt(index.factor('block-liquid-delta-t-k'))} K rise, generators included, ` +
      `${fmt(index.factor('block-racks-per-row'))} racks per row with hot-aisle containment, its own substation at ${fmt(index.factor('block-utility-kv'))} kV; no interconnect or floor-load limit checked`,
    subject: null,
  });
  return bill;
}
