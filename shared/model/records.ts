import { z } from 'zod';
import {
  CoolingLoopId,
  EquipmentId,
  HallId,
  PowerFeedId,
  RackId,
  RowId,
  ScenarioId,
  SiteId,
} from './ids.ts';
import { CoolingRedundancy, Redundancy } from './redundancy.ts';
import { EconomicsRecord } from './economics-records.ts';
import { EquipmentDisposition, InterconnectRecord, Nameplate, SubstationRecord, Upgrade } from './retrofit-records.ts';
import { ApprovalRecord, FibreRouteRecord, LabourRecord, LandParcelRecord, WaterSupplyRecord } from './site-as-built.ts';
import { HallConstructionRecord } from './site-hall-construction.ts';
import { SavedViewRecord } from './saved-view-records.ts';
import { UnderlayRecord } from './underlay-records.ts';
import { IsoDate } from './iso-date.ts';
import { AiProfile } from '../analysis/load-profile/inputs.ts';

// Every document record is a plain, readonly, JSON-serialisable object with an id and a type tag.
// Lengths are metres, angles degrees, temperatures °C, power kW unless a field name says otherwise.

const finite = z.number().finite();
const positive = finite.positive();
const nonNegative = finite.nonnegative();
const name = z.string().trim().min(1, 'must not be empty').max(120);
const catalogRef = z.string().min(1).max(64);
/**
 * The record a scenario copy was made from (set by the copy; absent on records drawn in place): the identity a
 * retrofit compares baseline and target by.
 */
const originId = z.string().min(1).max(64).optional();

export const Rotation = z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)]);
export type Rotation = z.infer<typeof Rotation>;

export const Point = z.object({ x: finite, y: finite }).readonly();
export type Point = z.infer<typeof Point>;

export const LiquidFluid = z.enum(['water', 'pg25']);
export type LiquidFluid = z.infer<typeof LiquidFluid>;

/**
 * Which rows get 800 VDC distribution, and how: rows with racks at the catalog's DC threshold and above, by
 * centralised rectification and DC busway ('high-density-racks') or by a power sidecar beside each rack on the
 * AC busway ('sidecar'); or none.
 */
export const DcDistribution = z.enum(['high-density-racks', 'sidecar', 'none']);
export type DcDistribution = z.infer<typeof DcDistribution>;

export const SiteRecord = z
  .object({
    type: z.literal('site'),
    id: SiteId,
    name,
    location: z.string().max(200),
    /** Firm grid interconnect at the point of delivery, MW. */
    interconnectMw: positive.max(10_000),
    /** Substation transformer capacity available to the project, MVA (0: none yet, the bill sizes one). */
    substationMva: nonNegative.max(10_000),
    utilityVoltageKv: positive.max(1_000),
    /** Design dry-bulb (for dry coolers and chillers) and wet-bulb (for towers) temperatures, °C. */
    designDryBulbC: finite.min(-60).max(60),
    designWetBulbC: finite.min(-60).max(40),
    powerPriceUsdPerKwh: nonNegative.max(10),
    /** Price book overrides: catalog item id → unit cost in USD. */
    priceOverrides: z.record(catalogRef, nonNegative).readonly(),
  })
  .readonly();
export type SiteRecord = z.infer<typeof SiteRecord>;

export const ScenarioRecord = z
  .object({
    type: z.literal('scenario'),
    id: ScenarioId,
    name,
    /** Display order among the project's scenarios. */
    order: z.number().int().nonnegative(),
    powerRedundancy: Redundancy,
    coolingRedundancy: CoolingRedundancy,
    /** Backup generation: mining sites usually run without it. */
    generators: z.boolean(),
    fluid: LiquidFluid,
    /** Facility-water supply temperature and loop ΔT for liquid cooling. */
    liquidSupplyC: finite.min(5).max(60),
    liquidDeltaTK: positive.max(30),
    /** Compute-fabric switch from the catalog; null = each rack profile's reference fabric. */
    fabricSwitchId: catalogRef.nullable(),
    /** The scenario this one is a retrofit of (the as-is site, or the previous phase); absent or null = none. */
    baselineScenarioId: ScenarioId.nullish(),
    /** 800 VDC distribution; absent (files before the choice) = 'high-density-racks', the rule it replaced. */
    dcDistribution: DcDistribution.optional(),
  })
  .readonly();
export type ScenarioRecord = z.infer<typeof ScenarioRecord>;

export const HallKind = z.enum(['new-build', 'converted-mining', 'mining']);
export type HallKind = z.infer<typeof HallKind>;

export const HallRecord = z
  .object({
    type: z.literal('hall'),
    id: HallId,
    scenarioId: ScenarioId,
    name,
    kind: HallKind,
    /** Corner of the hall on the site plan. */
    origin: Point,
    rotation: Rotation,
    widthM: positive.max(2_000),
    depthM: positive.max(2_000),
    ceilingHeightM: positive.max(50),
    /** Rated floor (or slab) load, kg/m². */
    floorLoadKgPerM2: positive.max(100_000),
    originId,
    /** How the hall's AI load runs through the year (training, inference or a mix); absent: the sourced default. */
    aiProfile: AiProfile.optional(),
  })
  .readonly();
export type HallRecord = z.infer<typeof HallRecord>;

export const Containment = z.enum(['none', 'hot-aisle', 'cold-aisle']);
export type Containment = z.infer<typeof Containment>;

export const RowRecord = z
  .object({
    type: z.literal('row'),
    id: RowId,
    hallId: HallId,
    name,
    /** Start of the row (first slot's corner) in hall coordinates. */
    origin: Point,
    /** 0: slots run along +x and racks face +y (front); other values turn the row about its origin. */
    rotation: Rotation,
    slotCount: z.number().int().min(1).max(500),
    /** Slot pitch along the row. */
    slotWidthM: positive.max(3),
    containment: Containment,
    coolingLoopId: CoolingLoopId.nullable(),
    feedAId: PowerFeedId.nullable(),
    feedBId: PowerFeedId.nullable(),
    originId,
  })
  .readonly();
export type RowRecord = z.infer<typeof RowRecord>;

export const RackRecord = z
  .object({
    type: z.literal('rack'),
    id: RackId,
    rowId: RowId,
    slot: z.number().int().nonnegative(),
    profileId: catalogRef,
    label: z.string().max(60),
    /** Override of the profile's IT load, e.g. a power-capped rack; null = the profile's figure. */
    itKwOverride: positive.max(2_000).nullable(),
    originId,
    /** One of the profile's power-capping presets (catalog); absent: the rack runs uncapped. */
    powerCapPresetId: catalogRef.optional(),
  })
  .readonly();
export type RackRecord = z.infer<typeof RackRecord>;

export const EquipmentRecord = z
  .object({
    type: z.literal('equipment'),
    id: EquipmentId,
    scenarioId: ScenarioId,
    /** null: outdoor yard, positioned in site coordinates; otherwise hall coordinates. */
    hallId: HallId.nullable(),
    catalogId: catalogRef,
    name,
    position: Point,
    rotation: Rotation,
    originId,
    /** new (absent), existing, upgrade, replace or retire: what the retrofit does with this unit. */
    disposition: EquipmentDisposition.optional(),
    /** An existing asset's nameplate; when given it rates the unit instead of the catalog item. */
    nameplate: Nameplate.optional(),
    /** The retrofit of an `upgrade` unit: its cost and the rating after it. */
    upgrade: Upgrade.optional(),
    /** The day a unit to buy arrives (on order) or arrived (in hand); absent: not ordered, the catalog lead time applies. */
    deliveryDate: IsoDate.optional(),
  })
  .readonly();
export type EquipmentRecord = z.infer<typeof EquipmentRecord>;

export const CoolingLoopRecord = z
  .object({
    type: z.literal('coolingLoop'),
    id: CoolingLoopId,
    hallId: HallId,
    name,
    /** The CDUs (equipment ids) that serve this loop. */
    cduIds: z.array(EquipmentId).readonly(),
    redundancy: CoolingRedundancy,
    /** Pipe route in hall coordinates, from the CDUs to the row manifolds. */
    route: z.array(Point).readonly(),
    originId,
  })
  .readonly();
export type CoolingLoopRecord = z.infer<typeof CoolingLoopRecord>;

export const FeedSide = z.enum(['A', 'B']);
export type FeedSide = z.infer<typeof FeedSide>;

export const PowerFeedRecord = z
  .object({
    type: z.literal('powerFeed'),
    id: PowerFeedId,
    hallId: HallId,
    name,
    side: FeedSide,
    /** Busway or PDU item from the catalog that carries this feed along its rows. */
    distributionId: catalogRef,
    /** The UPS modules (equipment ids) of the lineup that feeds it. */
    upsIds: z.array(EquipmentId).readonly(),
    originId,
  })
  .readonly();
export type PowerFeedRecord = z.infer<typeof PowerFeedRecord>;

export const DocRecord = z.discriminatedUnion('type', [
  SiteRecord,
  ScenarioRecord,
  HallRecord,
  RowRecord,
  RackRecord,
  EquipmentRecord,
  CoolingLoopRecord,
  PowerFeedRecord,
  SubstationRecord,
  InterconnectRecord,
  WaterSupplyRecord,
  FibreRouteRecord,
  LandParcelRecord,
  ApprovalRecord,
  LabourRecord,
  HallConstructionRecord,
  SavedViewRecord,
  UnderlayRecord,
  EconomicsRecord,
]);
export type DocRecord = z.infer<typeof DocRecord>;
export type DocRecordType = DocRecord['type'];
export type RecordOfType<T extends DocRecordType> = Extract<DocRecord, { type: T }>;

export const RECORD_TYPES = [
  'site',
  'scenario',
  'hall',
  'row',
  'rack',
  'equipment',
  'coolingLoop',
  'powerFeed',
  'substation',
  'interconnect',
  'waterSupply',
  'fibreRoute',
  'landParcel',
  'approval',
  'labour',
  'hallConstruction',
  'savedView',
  'underlay',
  'economics',
] as const satisfies readonly DocRecordType[];
