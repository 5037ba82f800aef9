import type { EquipmentItem } from '../catalog/schema.ts';

/** A switch as a fabric's group is named after it: its catalog name up to the port list ("NVIDIA Quantum QM9700"). */
export function switchModel(sw: EquipmentItem): string {
  return sw.name.split(',')[0]!.trim();
}
