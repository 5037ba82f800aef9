import { figureSources, type FactorId } from '../catalog/integrity.ts';
import type { Catalog, EquipmentItem, EquipmentKind, RackProfile, Source } from '../catalog/schema.ts';

/** Lookups over one catalog, built once per engine: ids to records, factors by id, sources by id. */
export class CatalogIndex {
  readonly profiles: ReadonlyMap<string, RackProfile>;
  readonly equipment: ReadonlyMap<string, EquipmentItem>;
  private readonly factorValues = new Map<string, { value: number; source: string; name: string; unit: string }>();
  private readonly sourcesById: ReadonlyMap<string, Source>;
  private readonly kinds = new Map<EquipmentKind, EquipmentItem[]>();
  private readonly figureSourceMemo = new Map<string, ReadonlyMap<string, string>>();
  private readonly describeMemo = new Map<string, string>();

  constructor(readonly catalog: Catalog) {
    this.profiles = new Map(catalog.rackProfiles.map((p) => [p.id, p]));
    this.equipment = new Map(catalog.equipment.map((e) => [e.id, e]));
    this.sourcesById = new Map(catalog.sources.map((s) => [s.id, s]));
    for (const f of catalog.factors) this.factorValues.set(f.id, f);
    for (const e of catalog.equipment) {
      const list = this.kinds.get(e.kind) ?? [];
      list.push(e);
      this.kinds.set(e.kind, list);
    }
  }

  factor(id: FactorId): number {
    const f = this.factorValues.get(id);
    if (!f) throw new Error(`catalog has no factor '${id}'`);
    return f.value;
  }

  factorSource(id: FactorId): string {
    const f = this.factorValues.get(id);
    if (!f) throw new Error(`catalog has no factor '${id}'`);
    return f.source;
  }

  ofKind(kind: EquipmentKind): readonly EquipmentItem[] {
    return this.kinds.get(kind) ?? [];
  }

  item(id: string): EquipmentItem {
    const e = this.equipment.get(id);
    if (!e) throw new Error(`catalog has no equipment '${id}'`);
    return e;
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
