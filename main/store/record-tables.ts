import type { DocRecordType } from '../../shared/model/index.ts';

/** How a record field is stored: scalar columns for what SQL queries by, JSON only for small nested values. */
export type ColumnKind = 'text' | 'real' | 'integer' | 'boolean' | 'json';

export interface ColumnSpec {
  readonly column: string;
  readonly field: string;
  readonly kind: ColumnKind;
  readonly nullable?: boolean;
  /** The field may be absent from the record: NULL is read back as no field rather than null. */
  readonly optional?: boolean;
}

export interface TableSpec {
  readonly type: DocRecordType;
  readonly table: string;
  /** In the record schema's field order, after `type`; the first column is always `id`. */
  readonly columns: readonly ColumnSpec[];
}

const c = (column: string, field: string, kind: ColumnKind, nullable = false): ColumnSpec => ({ column, field, kind, nullable });
const id = c('id', 'id', 'text');
/** A field added after version 1 (0020-retrofit), absent from older records: stored NULL, read back as no field. */
const opt = (column: string, field: string, kind: ColumnKind): ColumnSpec => ({ column, field, kind, nullable: true, optional: true });
const origin = opt('origin_id', 'originId', 'text');

export const TABLES: Readonly<Record<DocRecordType, TableSpec>> = {
  site: {
    type: 'site',
    table: 'site',
    columns: [
      id,
      c('name', 'name', 'text'),
      c('location', 'location', 'text'),
      c('interconnect_mw', 'interconnectMw', 'real'),
      c('substation_mva', 'substationMva', 'real'),
      c('utility_voltage_kv', 'utilityVoltageKv', 'real'),
      c('design_dry_bulb_c', 'designDryBulbC', 'real'),
      c('design_wet_bulb_c', 'designWetBulbC', 'real'),
      c('power_price_usd_per_kwh', 'powerPriceUsdPerKwh', 'real'),
      c('price_overrides', 'priceOverrides', 'json'),
    ],
  },
  scenario: {
    type: 'scenario',
    table: 'scenarios',
    columns: [
      id,
      c('name', 'name', 'text'),
      c('display_order', 'order', 'integer'),
      c('power_redundancy', 'powerRedundancy', 'text'),
      c('cooling_redundancy', 'coolingRedundancy', 'text'),
      c('generators', 'generators', 'boolean'),
      c('fluid', 'fluid', 'text'),
      c('liquid_supply_c', 'liquidSupplyC', 'real'),
      c('liquid_delta_t_k', 'liquidDeltaTK', 'real'),
      c('fabric_switch_id', 'fabricSwitchId', 'text', true),
      opt('baseline_scenario_id', 'baselineScenarioId', 'text'),
      opt('dc_distribution', 'dcDistribution', 'text'),
    ],
  },
  hall: {
    type: 'hall',
    table: 'halls',
    columns: [
      id,
      c('scenario_id', 'scenarioId', 'text'),
      c('name', 'name', 'text'),
      c('kind', 'kind', 'text'),
      c('origin', 'origin', 'json'),
      c('rotation', 'rotation', 'integer'),
      c('width_m', 'widthM', 'real'),
      c('depth_m', 'depthM', 'real'),
      c('ceiling_height_m', 'ceilingHeightM', 'real'),
      c('floor_load_kg_per_m2', 'floorLoadKgPerM2', 'real'),
      origin,
      opt('ai_profile', 'aiProfile', 'json'),
    ],
  },
  row: {
    type: 'row',
    table: 'hall_rows',
    columns: [
      id,
      c('hall_id', 'hallId', 'text'),
      c('name', 'name', 'text'),
      c('origin', 'origin', 'json'),
      c('rotation', 'rotation', 'integer'),
      c('slot_count', 'slotCount', 'integer'),
      c('slot_width_m', 'slotWidthM', 'real'),
      c('containment', 'containment', 'text'),
      c('cooling_loop_id', 'coolingLoopId', 'text', true),
      c('feed_a_id', 'feedAId', 'text', true),
      c('feed_b_id', 'feedBId', 'text', true),
      origin,
    ],
  },
  rack: {
    type: 'rack',
    table: 'racks',
    columns: [
      id,
      c('row_id', 'rowId', 'text'),
      c('slot', 'slot', 'integer'),
      c('profile_id', 'profileId', 'text'),
      c('label', 'label', 'text'),
      c('it_kw_override', 'itKwOverride', 'real', true),
      origin,
      opt('power_cap_preset_id', 'powerCapPresetId', 'text'),
    ],
  },
  equipment: {
    type: 'equipment',
    table: 'equipment',
    columns: [
      id,
      c('scenario_id', 'scenarioId', 'text'),
      c('hall_id', 'hallId', 'text', true),
      c('catalog_id', 'catalogId', 'text'),
      c('name', 'name', 'text'),
      c('position', 'position', 'json'),
      c('rotation', 'rotation', 'integer'),
      origin,
      opt('disposition', 'disposition', 'text'),
      opt('nameplate', 'nameplate', 'json'),
      opt('upgrade', 'upgrade', 'json'),
      opt('delivery_date', 'deliveryDate', 'text'),
    ],
  },
  coolingLoop: {
    type: 'coolingLoop',
    table: 'cooling_loops',
    columns: [
      id,
      c('hall_id', 'hallId', 'text'),
      c('name', 'name', 'text'),
      c('cdu_ids', 'cduIds', 'json'),
      c('redundancy', 'redundancy', 'text'),
      c('route', 'route', 'json'),
      origin,
    ],
  },
  powerFeed: {
    type: 'powerFeed',
    table: 'power_feeds',
    columns: [
      id,
      c('hall_id', 'hallId', 'text'),
      c('name', 'name', 'text'),
      c('side', 'side', 'text'),
      c('distribution_id', 'distributionId', 'text'),
      c('ups_ids', 'upsIds', 'json'),
      origin,
    ],
  },
  substation: {
    type: 'substation',
    table: 'substations',
    columns: [
      id,
      c('site_id', 'siteId', 'text'),
      c('name', 'name', 'text'),
      c('hv_kv', 'hvKv', 'real'),
      c('mv_kv', 'mvKv', 'real'),
      c('transformer_count', 'transformerCount', 'integer'),
      c('transformer_mva', 'transformerMva', 'real'),
      c('redundancy', 'redundancy', 'text'),
      c('age_years', 'ageYears', 'real'),
      c('condition', 'condition', 'text'),
    ],
  },
  interconnect: {
    type: 'interconnect',
    table: 'interconnects',
    columns: [
      id,
      c('site_id', 'siteId', 'text'),
      c('name', 'name', 'text'),
      c('firm_mw', 'firmMw', 'real'),
      c('voltage_kv', 'voltageKv', 'real'),
      c('status', 'status', 'text'),
      c('date', 'date', 'text', true),
    ],
  },
  waterSupply: {
    type: 'waterSupply',
    table: 'water_supplies',
    columns: [id, c('site_id', 'siteId', 'text'), c('name', 'name', 'text'), c('source', 'source', 'text'), c('rights_m3_per_day', 'rightsM3PerDay', 'real'), c('heat_rejection', 'heatRejection', 'text')],
  },
  fibreRoute: {
    type: 'fibreRoute',
    table: 'fibre_routes',
    columns: [
      id,
      c('site_id', 'siteId', 'text'),
      c('name', 'name', 'text'),
      c('carrier_hotel', 'carrierHotel', 'text'),
      c('dark_pairs', 'darkPairs', 'integer'),
      c('route_km', 'routeKm', 'real'),
      c('round_trip_ms', 'roundTripMs', 'real'),
    ],
  },
  landParcel: {
    type: 'landParcel',
    table: 'land_parcels',
    columns: [id, c('site_id', 'siteId', 'text'), c('name', 'name', 'text'), c('area_ha', 'areaHa', 'real'), c('expandable_ha', 'expandableHa', 'real'), c('tenure', 'tenure', 'text')],
  },
  approval: {
    type: 'approval',
    table: 'approvals',
    columns: [id, c('site_id', 'siteId', 'text'), c('name', 'name', 'text'), c('kind', 'kind', 'text'), c('status', 'status', 'text'), c('date', 'date', 'text', true)],
  },
  labour: {
    type: 'labour',
    table: 'labour',
    columns: [id, c('site_id', 'siteId', 'text'), c('name', 'name', 'text'), c('availability', 'availability', 'text'), c('skilled_trades', 'skilledTrades', 'integer'), c('site_staff', 'siteStaff', 'integer')],
  },
  hallConstruction: {
    type: 'hallConstruction',
    table: 'hall_constructions',
    columns: [
      id,
      c('hall_id', 'hallId', 'text'),
      c('name', 'name', 'text'),
      c('roof_load_kg_per_m2', 'roofLoadKgPerM2', 'real'),
      c('envelope', 'envelope', 'text'),
      c('fire_rating_hours', 'fireRatingHours', 'real'),
      c('occupancy', 'occupancy', 'text'),
      c('year_built', 'yearBuilt', 'integer', true),
      origin,
    ],
  },
  savedView: {
    type: 'savedView',
    table: 'saved_views',
    columns: [
      id,
      c('site_id', 'siteId', 'text'),
      c('name', 'name', 'text'),
      c('display_order', 'order', 'integer'),
      c('scenario_id', 'scenarioId', 'text', true),
      c('caption', 'caption', 'text'),
      c('projection', 'projection', 'text'),
      c('position', 'position', 'json'),
      c('target', 'target', 'json'),
      c('plan_half_height_m', 'planHalfHeightM', 'real'),
    ],
  },
  underlay: {
    type: 'underlay',
    table: 'underlays',
    columns: [
      id,
      c('hall_id', 'hallId', 'text'),
      c('name', 'name', 'text'),
      c('source', 'source', 'text'),
      c('data_base64', 'data', 'text'),
      c('width_units', 'widthUnits', 'real'),
      c('height_units', 'heightUnits', 'real'),
      c('origin', 'origin', 'json'),
      c('rotation_deg', 'rotationDeg', 'real'),
      c('metres_per_unit', 'metresPerUnit', 'real'),
      c('opacity', 'opacity', 'real'),
      c('locked', 'locked', 'boolean'),
    ],
  },
  economics: {
    type: 'economics',
    table: 'economics_inputs',
    // The inputs are one nested value read and written whole (the panel commits a field at a time into it).
    columns: [id, c('scenario_id', 'scenarioId', 'text'), c('inputs', 'inputs', 'json')],
  },
};
