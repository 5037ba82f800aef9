import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import type { Catalog } from '../../shared/catalog/schema.ts';
import { blockDocument, type BlockParams, type ScenarioReport } from '../../shared/analysis/index.ts';
import { type BillLine } from '../../shared/engine/index.ts';
import type { ProjectDocument, ScenarioId, ScenarioRecord, SiteRecord } from '../../shared/model/index.ts';

export const catalog: Catalog = loadCatalog();

export const BLOCK_SCENARIO = 'block' as ScenarioId;

/** A one-hall project of identical racks, with the block defaults and optional scenario/site changes. */
export function blockProject(
  params: Partial<BlockParams> & { profileId: string; count: number },
  changes: { scenario?: Partial<ScenarioRecord>; site?: Partial<SiteRecord> } = {},
  cat: Catalog = catalog,
): ProjectDocument {
  const doc = blockDocument({ powerRedundancy: 'N', coolingRedundancy: 'N', ...params }, cat);
  return {
    ...doc,
    site: { ...doc.site, ...changes.site } as SiteRecord,
    scenarios: doc.scenarios.map((s) => ({ ...s, ...changes.scenario }) as ScenarioRecord),
  };
}

/** The catalog with only the listed items of one equipment kind (others untouched). */
export function catalogWithOnly(kind: string, ids: readonly string[]): Catalog {
  return { ...catalog, equipment: catalog.equipment.filter((e) => e.kind !== kind || ids.includes(e.id)) };
}

export function linesOf(bill: ScenarioReport, catalogId: string): BillLine[] {
  return bill.lines.filter((l) => l.catalogId === catalogId);
}

export function quantityOf(bill: ScenarioReport, catalogId: string): number {
  return linesOf(bill, catalogId).reduce((s, l) => s + l.quantity, 0);
}

export function kindQuantity(bill: ScenarioReport, kind: string): number {
  const ids = new Set(catalog.equipment.filter((e) => e.kind === kind).map((e) => e.id));
  return bill.lines.filter((l) => l.catalogId !== null && ids.has(l.catalogId)).reduce((s, l) => s + l.quantity, 0);
}
