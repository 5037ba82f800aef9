import type { EquipmentItem } from '../catalog/schema.ts';
import { fmt } from './format.ts';

/**
 * UPS frames are rated in kVA and deliver kW at their output power factor (kW = kVA × output PF); the IT load is
 * kW at the PSU power factor, so it draws kW / pf kVA. A frame set must carry both: the kVA at the IT power factor
 * and the kW. With output-PF-1 frames (kW = kVA) the kVA always governs.
 */
export interface UpsLoad {
  kw: number;
  kva: number;
  pf: number;
}

export function upsLoad(kw: number, pf: number): UpsLoad {
  return { kw, kva: kw / pf, pf };
}

/** The kVA rating of a frame (its kW rating when the catalog gives only that, i.e. output PF 1). */
export function upsKva(item: EquipmentItem): number {
  return item.capacityKva ?? item.capacityKw ?? 0;
}

export function upsKw(item: EquipmentItem): number {
  return item.capacityKw ?? item.capacityKva ?? 0;
}

/** The load in words: "1,320 kW / pf 0.95 = 1,389.47 kVA". */
export function upsLoadText(load: UpsLoad): string {
  return `${fmt(load.kw)} kW / pf ${fmt(load.pf)} = ${fmt(load.kva)} kVA`;
}

/** Frames needed to carry a load: the larger of the kVA and the kW counts. */
export function upsFramesNeeded(item: EquipmentItem, load: UpsLoad): { n: number; detail: () => string } {
  const byKva = Math.ceil(load.kva / upsKva(item));
  const byKw = Math.ceil(load.kw / upsKw(item));
  const n = Math.max(byKva, byKw);
  const detail = () =>
    byKw > byKva
      ? `⌈${fmt(load.kw)} kW / ${fmt(upsKw(item))} kW⌉ = ${n} (kW governs; by kVA ⌈${fmt(load.kva)} / ${fmt(upsKva(item))}⌉ = ${byKva})`
      : `⌈${fmt(load.kva)} kVA / ${fmt(upsKva(item))} kVA⌉ = ${n}`;
  return { n, detail };
}
