import type { RackProfile } from '../catalog/schema.ts';
import type { RackRecord } from '../model/index.ts';
import type { CatalogIndex } from '../catalog/catalog-index.ts';

/** IT load of one rack in kW: its own override (e.g. a power cap) or its profile's figure. */
export function rackItKw(rack: RackRecord, profile: RackProfile): number {
  return rack.itKwOverride ?? profile.itKw;
}

/** Everything the rules need from one rack, computed once per rack record. */
export interface RackLoad {
  readonly profile: RackProfile;
  readonly itKw: number;
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
