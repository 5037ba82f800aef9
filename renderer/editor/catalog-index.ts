import type { FactorId } from '../../shared/catalog/integrity.ts';
import type { Catalog, EquipmentItem, RackProfile } from '../../shared/catalog/schema.ts';

/** Racks whose profile is unknown still get drawn and placed with a standard 600 × 1200 footprint. */
export const FALLBACK_RACK = { widthM: 0.6, depthM: 1.2, heightM: 2.3 } as const;

/** Fast lookups into the catalog by id. */
export class CatalogIndex {
  private readonly profiles: Map<string, RackProfile>;
  private readonly items: Map<string, EquipmentItem>;
  /** The deepest rack in the catalog: a row can never be deeper, which makes cheap overlap pre-tests possible. */
  readonly maxRackDepthM: number;

  constructor(readonly catalog: Catalog) {
    this.profiles = new Map(catalog.rackProfiles.map((p) => [p.id, p]));
    this.items = new Map(catalog.equipment.map((e) => [e.id, e]));
    this.maxRackDepthM = Math.max(FALLBACK_RACK.depthM, ...catalog.rackProfiles.map((p) => p.depthM));
  }

  profile(id: string): RackProfile | undefined {
    return this.profiles.get(id);
  }

  item(id: string): EquipmentItem | undefined {
    return this.items.get(id);
  }

  rackSize(profileId: string): { widthM: number; depthM: number; heightM: number } {
    return this.profiles.get(profileId) ?? FALLBACK_RACK;
  }

  /** A sourced design factor of the catalog (the loader guarantees every required one is there). */
  factor(id: FactorId): number {
    const factor = this.catalog.factors.find((f) => f.id === id);
    if (!factor) throw new Error(`catalog has no factor '${id}'`);
    return factor.value;
  }

  /** Items that stand on the floor (have a footprint), for the equipment tool. */
  placeableItems(): EquipmentItem[] {
    return this.catalog.equipment.filter((e) => e.widthM > 0 && e.depthM > 0);
  }
}
