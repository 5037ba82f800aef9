import { figureSources, type FactorId } from './integrity.ts';
import type { Catalog, EquipmentItem, EquipmentKind, RackProfile, Source } from './schema.ts';

/** Racks whose profile is unknown are still drawn and placed with a standard 600 × 1200 footprint. */
export const FALLBACK_RACK = { widthM: 0.6, depthM: 1.2, heightM: 2.3 } as const;

/**
 * The one index over a catalog, for the engine, the analysis, the editor and the viewport alike.
 * `find…` returns undefined for an unknown id; `require…` throws (the caller has already checked the id).
 */
export class CatalogIndex {
  private readonly profiles: ReadonlyMap<string, RackProfile>;
  private readonly items: ReadonlyMap<string, EquipmentItem>;
  private readonly factorValues = new Map<string, { value: number; source: string; name: string }>();
  private readonly sourcesById: ReadonlyMap<string, Source>;
  private readonly kinds = new Map<EquipmentKind, EquipmentItem[]>();
  private readonly figureSourceMemo = new Map<string, ReadonlyMap<string, string>>();
  private readonly describeMemo = new Map<string, string>();
  /** The deepest rack in the catalog: no row is deeper, which makes cheap overlap pre-tests possible. */
  readonly maxRackDepthM: number;

  constructor(readonly catalog: Catalog) {
    this.profiles = new Map(catalog.rackProfiles.map((p) => [p.id, p]));
    this.items = new Map(catalog.equipment.map((e) => [e.id, e]));
    this.sourcesById = new Map(catalog.sources.map((s) => [s.id, s]));
    for (const f of catalog.factors) this.factorValues.set(f.id, f);
    for (const e of catalog.equipment) {
      const list = this.kinds.get(e.kind) ?? [];
      list.push(e);
      this.kinds.set(e.kind, list);
    }
    this.maxRackDepthM = Math.max(FALLBACK_RACK.depthM, ...catalog.rackProfiles.map((p) => p.depthM));
  }

  findProfile(id: string): RackProfile | undefined {
    return this.profiles.get(id);
  }

  requireProfile(id: string): RackProfile {
    const p = this.profiles.get(id);
    if (!p) throw new Error(`catalog has no rack profile '${id}'`);
    return p;
  }

  findItem(id: string): EquipmentItem | undefined {
    return this.items.get(id);
  }

  requireItem(id: string): EquipmentItem {
    const e = this.items.get(id);
    if (!e) throw new Error(`catalog has no equipment '${id}'`);
    return e;
  }

  /** The kind of a catalog item, or undefined for an unknown id. */
  kindOf(id: string): EquipmentKind | undefined {
    return this.items.get(id)?.kind;
  }

  ofKind(kind: EquipmentKind): readonly EquipmentItem[] {
    return this.kinds.get(kind) ?? [];
  }

  /** A rack profile's size, or the standard footprint for an unknown profile. */
  rackSize(profileId: string): { widthM: number; depthM: number; heightM: number } {
    return this.profiles.get(profileId) ?? FALLBACK_RACK;
  }

  /** Items that stand on the floor (have a footprint), for the equipment tool. */
  placeableItems(): EquipmentItem[] {
    return this.catalog.equipment.filter((e) => e.widthM > 0 && e.depthM > 0);
  }

  /** A sourced design factor (the loader guarantees every required one is there). */
  factor(id: FactorId): number {
    const f = this.factorValues.get(id);
    if (!f) throw new Error(`catalog has no factor '${id}'`);
    return f.value;
  }

  /** A factor as people call it: its name without a closing remark in parentheses. */
  factorName(id: FactorId): string {
    const f = this.factorValues.get(id);
    if (!f) throw new Error(`catalog has no factor '${id}'`);
    return f.name.replace(/ \([^()]*\)$/, '');
  }

  factorSource(id: FactorId): string {
    const f = this.factorValues.get(id);
    if (!f) throw new Error(`catalog has no factor '${id}'`);
    return f.source;
  }

  source(id: string): Source | undefined {
    return this.sourcesById.get(id);
  }

  /** Field → source id of an item's figures (memoised: the engine asks on every line of every recompute). */
  itemFigureSources(item: EquipmentItem): ReadonlyMap<string, string> {
    let m = this.figureSourceMemo.get(item.id);
    if (!m) {
      m = figureSources(item);
      this.figureSourceMemo.set(item.id, m);
    }
    return m;
  }

  /** "id [tag]: title; ..." for a set of source ids. */
  describeSources(ids: Iterable<string>): string {
    const sorted = [...new Set(ids)].sort();
    const key = sorted.join('|');
    let text = this.describeMemo.get(key);
    if (text === undefined) {
      text = sorted.map((id) => `${id} [${this.source(id)?.tag ?? '?'}]: ${this.source(id)?.title ?? 'unknown source'}`).join('; ');
      this.describeMemo.set(key, text);
    }
    return text;
  }

  isAssumed(sourceId: string): boolean {
    return this.source(sourceId)?.tag === 'A';
  }
}

const indexes = new WeakMap<Catalog, CatalogIndex>();

/** The index of a catalog, built once per catalog object. */
export function catalogIndexOf(catalog: Catalog): CatalogIndex {
  let index = indexes.get(catalog);
  if (!index) {
    index = new CatalogIndex(catalog);
    indexes.set(catalog, index);
  }
  return index;
}
