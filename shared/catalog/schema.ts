import { z } from 'zod';

// The catalog: rack profiles, equipment with its default prices, the engine's factors, and the sources of
// every figure. Each numeric figure of a record names its source in `sources` (field name → source id), so a
// bill line can always say where its numbers come from.

export const SourceTag = z.enum(['P', 'S', 'D', 'A']);
/** P primary, S secondary, D derived by arithmetic, A assumed default (the engine flags it as an assumed input). */
export type SourceTag = z.infer<typeof SourceTag>;

export const Source = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  tag: SourceTag,
});
export type Source = z.infer<typeof Source>;

const SourceMap = z.record(z.string(), z.string().min(1));

const positive = z.number().finite().positive();
const nonNegative = z.number().finite().nonnegative();
const count = z.number().int().nonnegative();

export const RackCooling = z.enum(['air', 'liquid', 'hydro']);
export type RackCooling = z.infer<typeof RackCooling>;

/**
 * A power-capping preset of a rack profile: every GPU of the rack held to one power limit (what `nvidia-smi -pl` or a
 * vendor power profile sets). The engine takes the rack's IT kW down by the GPUs' watts below their maximum.
 */
export const PowerCapPreset = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  /** The power limit of each GPU, W. */
  gpuLimitW: positive,
  sources: SourceMap,
});
export type PowerCapPreset = z.infer<typeof PowerCapPreset>;

export const RackProfile = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  cooling: RackCooling,
  itKw: positive,
  /** Share of the rack's heat removed by liquid (0 = all air). */
  liquidFraction: z.number().min(0).max(1),
  gpus: count,
  /** Servers (or compute trays) per rack: each has one management (out-of-band) port. */
  nodes: count,
  weightKg: positive,
  widthM: positive,
  depthM: positive,
  heightM: positive,
  /** Ports per rack on each fabric: compute (one per GPU on SuperPOD designs), storage/in-band, 1G out-of-band. */
  computePorts: count,
  storagePorts: count,
  oobPorts: count,
  /** Rack PDUs the facility supplies per rack (0 when the rack carries its own power shelves). */
  rackPdus: count,
  /** The compute fabric switch of the profile's reference design; null when it has no compute fabric. */
  referenceFabricSwitchId: z.string().min(1).nullable(),
  /** Compute ports of one scalable unit: partial builds still provision a whole unit's leaf switches. */
  scalableUnitPorts: count,
  /** Line rate of each storage/in-band port (two per node, dual-homed); absent: the enterprise port rate factor. */
  storagePortGbps: positive.optional(),
  /** Highest facility-water supply the rack's liquid cooling takes (its ASHRAE W class, °C); absent: not published. */
  facilityWaterMaxC: z.number().finite().optional(),
  /** In-rack liquid hardware (manifolds, cold plates) the facility budget carries; null = none. */
  inRackCoolingId: z.string().min(1).nullable(),
  /** Maximum power of each GPU in `itKw`, W (its TGP); needed by power-capping presets. */
  gpuMaxW: positive.optional(),
  /** Power-capping presets a rack of this profile may run at; absent: none published. */
  powerCapPresets: z.array(PowerCapPreset).optional(),
  sources: SourceMap,
});
export type RackProfile = z.infer<typeof RackProfile>;

export const EquipmentKind = z.enum([
  'cdu',
  'pump',
  'rdhx',
  'crah',
  'heat-rejection',
  'in-rack-cooling',
  'ups',
  'transformer',
  'hv-transformer',
  'hv-bay',
  'generator',
  'switchgear',
  'busway',
  'pdu',
  'battery',
  'paralleling',
  'fuel',
  'emissions',
  'tap-off',
  'mv-cable',
  'pipe',
  'valve',
  'rectifier',
  'dc-busway',
  'dc-sidecar',
  'lv-feeder',
  'switch',
  'transceiver',
  'cable',
  'wan',
]);
export type EquipmentKind = z.infer<typeof EquipmentKind>;

export const HeatRejectionType = z.enum(['dry-cooler', 'cooling-tower', 'chiller']);
export type HeatRejectionType = z.infer<typeof HeatRejectionType>;

export const SwitchFabric = z.enum(['compute', 'storage', 'oob', 'wan']);
export type SwitchFabric = z.infer<typeof SwitchFabric>;

export const EquipmentItem = z.object({
  id: z.string().min(1),
  kind: EquipmentKind,
  name: z.string().min(1),
  widthM: nonNegative,
  depthM: nonNegative,
  heightM: nonNegative,
  unitCostUsd: nonNegative,
  /** What one unit of `unitCostUsd` buys: 'unit', 'm' (per metre), 'km', 'kWh' (stored energy), 'L' (litres). */
  priceUnit: z.enum(['unit', 'm', 'km', 'kWh', 'L']).default('unit'),
  /** null: lead time unknown (the engine flags it). */
  leadTimeWeeks: nonNegative.nullable(),
  /** kW electrical (UPS, generator) or kW thermal (CDU, RDHX, CRAH, heat rejection). */
  capacityKw: positive.optional(),
  capacityKva: positive.optional(),
  /** Rated secondary flow of a CDU. */
  flowLpm: positive.optional(),
  /** Rated current of busway or switchgear. */
  amps: positive.optional(),
  volts: positive.optional(),
  /** Switch radix at `portGbps`. */
  ports: z.number().int().positive().optional(),
  portGbps: positive.optional(),
  /** Separate uplink ports of a switch whose uplinks run faster than its `ports` (e.g. 48 × 25G + 12 × 100G). */
  uplinkPorts: z.number().int().positive().optional(),
  uplinkGbps: positive.optional(),
  fabric: SwitchFabric.optional(),
  /** Largest nominal pipe size (DN, mm) a pipe item covers. */
  dnMm: positive.optional(),
  /** Longest link a cable or transceiver pair supports. */
  reachM: positive.optional(),
  heatRejection: HeatRejectionType.optional(),
  /** A dry cooler with adiabatic pre-cooling (sprays water in its adiabatic hours); absent: closed, no water. */
  adiabatic: z.boolean().optional(),
  /**
   * Rating condition of a dry cooler or cooling tower: `capacityKw` holds at this approach of the facility
   * water supply above the design dry bulb (dry cooler) or wet bulb (tower), K.
   */
  ratedApproachK: positive.optional(),
  /** Rating condition of an air-cooled chiller: `capacityKw` holds up to this entering-air dry bulb, °C. */
  ratedAmbientC: z.number().finite().optional(),
  /** Share of a chiller's rated capacity lost per kelvin of dry bulb above `ratedAmbientC`. */
  capacityLossPerK: z.number().finite().min(0).max(1).optional(),
  /** Highest entering-air dry bulb a chiller runs at. */
  maxAmbientC: z.number().finite().optional(),
  sources: SourceMap,
}).superRefine((item, ctx) => {
  // Heat rejection is sized at the site's design ambient, so each unit must say what its rating holds at.
  const needs: (keyof typeof item)[] =
    item.heatRejection === 'chiller' ? ['ratedAmbientC', 'capacityLossPerK', 'maxAmbientC'] : item.heatRejection !== undefined ? ['ratedApproachK'] : [];
  for (const field of needs) {
    if (item[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: `${item.heatRejection} '${item.id}' must state its rating condition ${String(field)}` });
  }
});
export type EquipmentItem = z.infer<typeof EquipmentItem>;

/** A named engineering or cost factor the rules use (air ceiling, power factor, shell share, ...). */
export const Factor = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  value: z.number().finite(),
  unit: z.string().min(1),
  source: z.string().min(1),
});
export type Factor = z.infer<typeof Factor>;

export const Catalog = z.object({
  rackProfiles: z.array(RackProfile),
  equipment: z.array(EquipmentItem),
  factors: z.array(Factor),
  sources: z.array(Source),
});
export type Catalog = z.infer<typeof Catalog>;
