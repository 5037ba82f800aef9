import type { HallRecord, RackRecord, RowRecord } from '../model/index.ts';
import type { RackLoad } from './rack-load.ts';

/** Loads summed over the racks of one row. */
export interface RowLoad {
  readonly row: RowRecord;
  readonly hall: HallRecord;
  racks: number;
  itKw: number;
  liquidKw: number;
  airKw: number;
  gpus: number;
  storagePorts: number;
  oobPorts: number;
  pdus: number;
  weightKg: number;
  /** Racks over the hall's floor rating (weight over footprint). */
  overweightRacks: number;
  /** Racks that name a power-capping preset (their preset is checked against their profile's). */
  presetRacks: number;
  /** Rear doors needed in a row without containment: catalog id → count. */
  rdhx: ReadonlyMap<string, number>;
  /** Air heat carried by those rear doors to the liquid side. */
  rdhxKw: number;
  /** In-rack liquid hardware: catalog id → count. */
  inRack: ReadonlyMap<string, number>;
  /** IT kW of the racks with GPUs (what swings in GPU transients). */
  gpuKw: number;
  /** The highest rack IT kW in the row (against the 800 VDC threshold). */
  maxRackKw: number;
  /**
   * Sized racks by their figures (one object per profile and kW), in order of first appearance: what rack PDUs and
   * tap-offs are counted on, and (through each figures object's profile) the racks by profile.
   */
  feedRacks: Map<RackLoad, number>;
  /** The row's racks in rack order, sized or not (an unknown profile is still drawn with a standard size). */
  members: RackRecord[];
  /** Depth of the row: its deepest rack, or a standard rack when empty. */
  depthM: number;
  /** Width of its widest rack (0 when empty), against the slot pitch. */
  maxRackWidthM: number;
  /** Bumped whenever the row is re-summed, so per-row results can be cached against it. */
  version: number;
}

export interface HallLoad {
  readonly hall: HallRecord;
  readonly rows: RowLoad[];
  /** Bumped whenever a rack of the hall changes, so per-hall results can be cached against it. */
  version: number;
}

/** True when two arrays hold the very same records in the same order (records are immutable). */
export function sameElements<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** Compute-fabric demand of one rack profile over the scenario. */
export interface ProfilePorts {
  racks: number;
  ports: number;
}

export type RackLoadLookup = (rack: RackRecord) => RackLoad | null;

export function rowLengthM(row: RowRecord): number {
  return row.slotCount * row.slotWidthM;
}

export function sumRows<K extends 'itKw' | 'liquidKw' | 'airKw' | 'rdhxKw' | 'racks' | 'gpus'>(rows: readonly RowLoad[], key: K): number {
  // One loop per field: a loop over `r[key]` reads the field generically and boxes every partial sum.
  let total = 0;
  switch (key) {
    case 'itKw':
      for (const r of rows) total += r.itKw;
      return total;
    case 'liquidKw':
      for (const r of rows) total += r.liquidKw;
      return total;
    case 'airKw':
      for (const r of rows) total += r.airKw;
      return total;
    case 'rdhxKw':
      for (const r of rows) total += r.rdhxKw;
      return total;
    case 'racks':
      for (const r of rows) total += r.racks;
      return total;
    case 'gpus':
      for (const r of rows) total += r.gpus;
      return total;
  }
  return total;
}
