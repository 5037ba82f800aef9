import { INTERCHANGE_VERSION } from '../../shared/model/index.ts';
import type { Catalog } from '../../shared/catalog/schema.ts';
import type { ProjectDocument, ScenarioId, SiteId } from '../../shared/model/index.ts';
import { createEditor, type Editor } from '../../renderer/editor/editor.ts';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';

/** The real seed catalog from resources/catalog, as the app loads it. */
export const catalog: Catalog = loadCatalog();

export const document: ProjectDocument = {
  format: 'powerhall-project',
  version: INTERCHANGE_VERSION,
  site: {
    type: 'site',
    id: 'site-1' as SiteId,
    name: 'Test site',
    location: 'Nowhere',
    interconnectMw: 50,
    substationMva: 60,
    utilityVoltageKv: 138,
    designDryBulbC: 35,
    designWetBulbC: 24,
    powerPriceUsdPerKwh: 0.05,
    priceOverrides: {},
  },
  scenarios: [
    {
      type: 'scenario',
      id: 'sc-1' as ScenarioId,
      name: 'Base',
      order: 0,
      powerRedundancy: '2N',
      coolingRedundancy: 'N+1',
      generators: true,
      fluid: 'water',
      liquidSupplyC: 30,
      liquidDeltaTK: 10,
      fabricSwitchId: null,
    },
  ],
  halls: [],
  rows: [],
  racks: [],
  equipment: [],
  coolingLoops: [],
  powerFeeds: [],
};

export function newEditor(): Editor {
  return createEditor(document, catalog);
}

/** Ids of the records an action created (its result must be ok). */
export function createdIds(result: { ok: boolean; ids?: readonly string[]; message?: string }): string[] {
  if (!result.ok) throw new Error(`action refused: ${result.message}`);
  return [...(result.ids ?? [])];
}
