import type { PowerCapPreset, RackProfile } from '../catalog/schema.ts';
import type { RackRecord } from '../model/index.ts';
import type { CatalogIndex } from '../catalog/catalog-index.ts';
import { fmt } from './format.ts';

/** The power-capping preset a rack runs at: one of its own profile's, or none (uncapped, or an id the profile lacks). */
export function rackPreset(rack: RackRecord, profile: RackProfile): PowerCapPreset | null {
  if (rack.powerCapPresetId === undefined) return null;
  return profile.powerCapPresets?.find((p) => p.id === rack.powerCapPresetId) ?? null;
}

/** A rack's IT kW with every GPU held to the preset's limit: the profile's figure less the GPUs' watts below their maximum. */
export function presetItKw(profile: RackProfile, preset: PowerCapPreset): number {
  return profile.itKw - (profile.gpus * ((profile.gpuMaxW ?? preset.gpuLimitW) - preset.gpuLimitW)) / 1000;
}

/** IT load of one rack in kW: its manual override, else its power-capping preset, else its profile's figure. */
export function rackItKw(rack: RackRecord, profile: RackProfile): number {
  if (rack.itKwOverride !== null) return rack.itKwOverride;
  const preset = rackPreset(rack, profile);
  return preset ? presetItKw(profile, preset) : profile.itKw;
}

/** How a rack's IT kW was reached, as a derivation states it, and the sources of the figures that moved it. */
export interface RackKwBasis {
  readonly text: string;
  readonly sources: readonly string[];
  /** True when the kW is not the profile's own figure (a preset or an override). */
  readonly adjusted: boolean;
  /** The presets whose figures are assumed defaults, for the bill's assumed-input check. */
  readonly assumed: readonly string[];
}

export function rackKwBasis(rack: RackRecord, profile: RackProfile, isAssumed: (sourceId: string) => boolean): RackKwBasis {
  if (rack.itKwOverride !== null) {
    return { text: `${profile.name} at a manual IT kW override of ${fmt(rack.itKwOverride)} kW (profile ${fmt(profile.itKw)} kW)`, sources: [], adjusted: true, assumed: [] };
  }
  const preset = rackPreset(rack, profile);
  if (!preset) return { text: `${profile.name} ${fmt(profile.itKw)} kW`, sources: [], adjusted: false, assumed: [] };
  const sources = [preset.sources['gpuLimitW'], profile.sources['gpuMaxW']].filter((s): s is string => s !== undefined);
  return {
    text: `${profile.name} at power-capping preset '${preset.name}': ${fmt(profile.itKw)} kW − ${profile.gpus} GPUs × (${fmt(profile.gpuMaxW ?? 0)} − ${fmt(preset.gpuLimitW)}) W = ${fmt(presetItKw(profile, preset))} kW`,
    sources,
    adjusted: true,
    assumed: sources.some(isAssumed) ? [`${profile.name} power-capping preset '${preset.name}'`] : [],
  };
}

/** Everything the rules need from one rack, computed once per rack record. */
export interface RackLoad {
  readonly profile: RackProfile;
  readonly itKw: number;
  /** How `itKw` was reached (profile figure, power-capping preset or manual override). */
  readonly basis: RackKwBasis;
  /** Heat to liquid (kWt) and to air (kWt): electrical power turns into heat one to one. */
  readonly liquidKw: number;
  readonly airKw: number;
  readonly gpus: number;
  readonly computePorts: number;
  readonly storagePorts: number;
  readonly oobPorts: number;
  readonly pdus: number;
  readonly weightKg: number;
  /** Rack weight over its own footprint, kg/m². */
  readonly footprintLoadKgPerM2: number;
  /** Air heat above the level where containment or a rear door is needed. */
  readonly needsContainment: boolean;
  /** Air heat above the air-cooled ceiling. */
  readonly aboveAirCeiling: boolean;
  /** Smallest rear-door heat exchanger that takes the rack's air heat; null if none does. */
  readonly rdhxId: string | null;
}

export function rackLoad(rack: RackRecord, profile: RackProfile, index: CatalogIndex): RackLoad {
  const itKw = rackItKw(rack, profile);
  const liquidKw = itKw * profile.liquidFraction;
  const airKw = itKw - liquidKw;
  let rdhxId: string | null = null;
  let best = Infinity;
  for (const door of index.ofKind('rdhx')) {
    const cap = door.capacityKw ?? 0;
    if (cap >= airKw && cap < best) {
      best = cap;
      rdhxId = door.id;
    }
  }
  return {
    profile,
    itKw,
    basis: rackKwBasis(rack, profile, (id) => index.isAssumed(id)),
    liquidKw,
    airKw,
    gpus: profile.gpus,
    computePorts: profile.computePorts,
    storagePorts: profile.storagePorts,
    oobPorts: profile.oobPorts,
    pdus: profile.rackPdus,
    weightKg: profile.weightKg,
    footprintLoadKgPerM2: profile.weightKg / (profile.widthM * profile.depthM),
    needsContainment: airKw > index.factor('containment-threshold-kw'),
    aboveAirCeiling: airKw > index.factor('air-ceiling-kw'),
    rdhxId,
  };
}

/**
 * The racks of some rows whose kW is not their profile's own (a power-capping preset or a manual override), counted
 * by basis, for the derivation of the lines their load sizes; null when every rack runs at its profile's figure.
 */
export function adjustedRacks(rows: readonly { readonly feedRacks: ReadonlyMap<RackLoad, number> }[]): RackKwBasis | null {
  const counts = new Map<RackLoad, number>();
  for (const row of rows) {
    for (const [load, n] of row.feedRacks) if (load.basis.adjusted) counts.set(load, (counts.get(load) ?? 0) + n);
  }
  if (counts.size === 0) return null;
  return {
    text: [...counts].map(([load, n]) => `${n} × ${load.basis.text}`).join('; '),
    sources: [...new Set([...counts.keys()].flatMap((load) => load.basis.sources))],
    adjusted: true,
    assumed: [...new Set([...counts.keys()].flatMap((load) => load.basis.assumed))],
  };
}
