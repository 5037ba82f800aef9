import { z } from 'zod';
import { CHECK_CODES } from './check-codes.ts';

/**
 * The shape every consumer of the sizing engine relies on: the CLI's JSON output, the renderer's bill panel,
 * the exporters. Fields may be added; none may be renamed without a migration of the exports.
 */
export const BillCategory = z.enum(['power', 'cooling', 'network', 'building']);
export type BillCategory = z.infer<typeof BillCategory>;

/**
 * Who pays for a line: the landlord (the facility the public conversions disclose), the tenant (IT and network),
 * or the OEM (hardware that ships inside the rack, e.g. NVL72 manifolds and cold plates, bought with the rack).
 */
export const BillScope = z.enum(['landlord', 'tenant', 'oem']);
export type BillScope = z.infer<typeof BillScope>;

/**
 * What a line is in a retrofit: bought new, an existing asset kept (credited at no cost), an existing asset kept
 * with its retrofit, or the removal of an asset. A line without the field is new (every bill before retrofits).
 */
export const LineDisposition = z.enum(['new', 'reused', 'upgraded', 'removed']);
export type LineDisposition = z.infer<typeof LineDisposition>;

export const CapacityUnit = z.enum(['kW', 'kWt', 'kVA', 'L/min', 'ports', 'MW', 'MVA', 'A', 'Gb/s', 'm', 'fibers']);
export type CapacityUnit = z.infer<typeof CapacityUnit>;

export const BillLine = z.object({
  id: z.string(),
  category: BillCategory,
  item: z.string(),
  /** Catalog item id, when the line is a catalog item. */
  catalogId: z.string().nullable(),
  /** The physical grouping the line was sized for (a hall, a row, a loop, a lineup, the site), by id. */
  group: z.string(),
  /** The same grouping as people call it: the hall's, loop's or feed's name. */
  groupName: z.string(),
  quantity: z.number().nonnegative(),
  unit: z.string(),
  capacity: z.object({ value: z.number(), unit: CapacityUnit }).nullable(),
  redundancy: z.string().nullable(),
  unitCostUsd: z.number().nonnegative(),
  totalUsd: z.number().nonnegative(),
  leadTimeWeeks: z.number().nonnegative().nullable(),
  /** The arithmetic in words and numbers, so that anyone can re-check the line by hand. */
  derivation: z.string(),
  /** Where the figures come from (catalog source ids and titles). */
  source: z.string(),
  scope: BillScope,
  /** Retrofit disposition of the line; absent means new (`lineDisposition` reads it). */
  disposition: LineDisposition.optional(),
  /** The equipment record (an existing or removed asset) the line comes from, when it comes from one. */
  assetId: z.string().optional(),
});
export type BillLine = z.infer<typeof BillLine>;

/** A line's disposition, new unless the line says otherwise. */
export function lineDisposition(line: BillLine): LineDisposition {
  return line.disposition ?? 'new';
}

export const CheckSeverity = z.enum(['error', 'warning', 'info']);
export type CheckSeverity = z.infer<typeof CheckSeverity>;

export const Check = z.object({
  id: z.string(),
  severity: CheckSeverity,
  /** Stable machine-readable code from the one list (check-codes.ts), e.g. `cdu-over-capacity`. */
  code: z.enum(CHECK_CODES),
  message: z.string(),
  /** The record the check is about, for highlighting and selection. */
  subject: z.object({ type: z.string(), id: z.string() }).nullable(),
});
export type Check = z.infer<typeof Check>;

export const GroupKind = z.enum(['hall', 'coolingLoop', 'upsLineup', 'powerFeed', 'transformerGroup']);
export type GroupKind = z.infer<typeof GroupKind>;

/**
 * One physical group as sized: its load against what its units can carry after redundancy. The capacity checks
 * are raised from these very figures, so a label that shows them can never disagree with a check.
 */
export const GroupFigure = z.object({
  /** The record id of the group (loop, feed, hall) or a derived id for an engine-sized group. */
  id: z.string(),
  kind: GroupKind,
  name: z.string(),
  hallId: z.string().nullable(),
  /** The record to select for this group, when it is one. */
  subject: z.object({ type: z.string(), id: z.string() }).nullable(),
  /** True when the units are placed in the layout; false when the engine sized them. */
  placed: z.boolean(),
  redundancy: z.string().nullable(),
  /** Unit of load and capacity: kW (IT, electrical), kWt (heat), kVA (apparent power). */
  unit: z.enum(['kW', 'kWt', 'kVA']),
  load: z.number().nonnegative(),
  /** Units installed, and how many carry load at the group's redundancy. */
  units: z.number().int().nonnegative(),
  usableUnits: z.number().int().nonnegative(),
  /** Capacity of every unit installed, and of the units carrying load (smallest first when sizes are mixed). */
  installedCapacity: z.number().nonnegative().nullable(),
  usableCapacity: z.number().nonnegative().nullable(),
  /** Coolant flow, L/min, against what the units carrying load can pump (loops only). */
  flowLpm: z.number().nonnegative().nullable(),
  usableFlowLpm: z.number().nonnegative().nullable(),
  /** The larger of load / usable capacity and flow / usable flow; null without a capacity. */
  utilisation: z.number().nonnegative().nullable(),
  rows: z.number().int().nonnegative(),
  /** Pipe run of a loop, metres (drawn, or the automatic route), null for other groups. */
  routeLengthM: z.number().nonnegative().nullable(),
});
export type GroupFigure = z.infer<typeof GroupFigure>;

export const ComputeFabricSummary = z.object({
  tiers: z.number().int().nonnegative(),
  leaf: z.number().int().nonnegative(),
  spine: z.number().int().nonnegative(),
  core: z.number().int().nonnegative(),
  cables: z.object({
    nodeLeaf: z.number().int().nonnegative(),
    leafSpine: z.number().int().nonnegative(),
    spineCore: z.number().int().nonnegative(),
  }),
});
export type ComputeFabricSummary = z.infer<typeof ComputeFabricSummary>;

export const LoadEntry = z.object({ id: z.string(), name: z.string(), itKw: z.number().nonnegative() });
export type LoadEntry = z.infer<typeof LoadEntry>;

export const LoopSummary = z.object({
  id: z.string(),
  name: z.string(),
  heatKw: z.number().nonnegative(),
  flowLpm: z.number().nonnegative(),
  /** Nominal pipe size (DN, mm) of the loop's main at the design velocity. */
  pipeDn: z.number().nonnegative(),
});
export type LoopSummary = z.infer<typeof LoopSummary>;

export const CoolingSummary = z.object({
  heatRejection: z.enum(['dry-cooler', 'cooling-tower', 'chiller']),
  /** Liquid flow of every loop at the scenario's fluid and ΔT. */
  flowLpm: z.number().nonnegative(),
  /**
   * Site water use by heat-rejection type at the IT heat all year: tower evaporation and blowdown, adiabatic dry
   * coolers in their adiabatic hours, none for closed dry coolers and air-cooled chillers.
   */
  waterM3PerYear: z.number().nonnegative(),
  /** The arithmetic of `waterM3PerYear`, per hall and path. */
  waterDerivation: z.string(),
  loops: z.array(LoopSummary),
});
export type CoolingSummary = z.infer<typeof CoolingSummary>;

export const BillSummary = z.object({
  itKw: z.number().nonnegative(),
  facilityKw: z.number().nonnegative(),
  pue: z.number().nonnegative(),
  racks: z.number().int().nonnegative(),
  gpus: z.number().int().nonnegative(),
  liquidKw: z.number().nonnegative(),
  airKw: z.number().nonnegative(),
  capexUsd: z.number().nonnegative(),
  longestLeadWeeks: z.number().nonnegative(),
  network: z.object({ computeFabric: ComputeFabricSummary }),
  /** Power and cooling overhead (facility minus IT), kW, over the year. */
  overheadKw: z.number().nonnegative(),
  /**
   * Facility load and PUE on the design day (design dry/wet bulb: chillers at full-load COP), what the interconnect,
   * transformers, generators, switchgear and heat rejection are sized on; `facilityKw` and `pue` are the annual
   * figures, for energy and opex.
   */
  designDayFacilityKw: z.number().nonnegative(),
  designDayPue: z.number().nonnegative(),
  /** Facility apparent power at the IT power factor, kVA. */
  facilityKva: z.number().nonnegative(),
  /** Capex of power, cooling and building lines (the landlord's scope), and of network lines. */
  facilityCapexUsd: z.number().nonnegative(),
  networkCapexUsd: z.number().nonnegative(),
  /** Facility capex (all but network) per MW of IT of the AI halls (halls that stay mining are not counted). */
  facilityCapexUsdPerMwIt: z.number().nonnegative(),
  /** IT load of the AI halls (every hall but those that stay mining halls), kW: the divisor of every $/MW. */
  aiItKw: z.number().nonnegative(),
  /** Capex by scope: landlord facility, tenant IT and network, OEM in-rack hardware. */
  capexByScope: z.object({ landlord: z.number().nonnegative(), tenant: z.number().nonnegative(), oem: z.number().nonnegative() }),
  /**
   * Landlord capex of the AI halls and the site (lines of halls that stay mining excluded) per MW of their IT: the
   * scope and divisor the public conversions disclose (REFERENCE §10). Network per MW of the same IT, separately.
   */
  landlordCapexUsdPerMwIt: z.number().nonnegative(),
  networkCapexUsdPerMwIt: z.number().nonnegative(),
  cooling: CoolingSummary,
  /** IT load per hall and per row; per-rack loads come from the engine's rack-load function. */
  halls: z.array(LoadEntry),
  rows: z.array(LoadEntry),
});
export type BillSummary = z.infer<typeof BillSummary>;
