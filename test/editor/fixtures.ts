import type { Catalog } from '../../shared/catalog/schema.ts';
import type { ProjectDocument, ScenarioId, SiteId } from '../../shared/model/index.ts';
import { createEditor, type Editor } from '../../renderer/editor/editor.ts';

/** A small catalog with the figures of REFERENCE.md §2 for the two rack classes the tests place. */
export const catalog: Catalog = {
  rackProfiles: [
    { id: 'gb200-nvl72', name: 'GB200 NVL72', itKw: 132, liquidFraction: 0.85, gpus: 72, weightKg: 1360, widthM: 0.6, depthM: 1.2, heightM: 2.3, sources: { itKw: 'supermicro' } },
    { id: 'air-40', name: 'Air-cooled 40 kW', itKw: 40, liquidFraction: 0, gpus: 32, weightKg: 900, widthM: 0.6, depthM: 1.2, heightM: 2.2, sources: { itKw: 'uptime' } },
  ],
  equipment: [
    { id: 'cdu-1200', kind: 'cdu', name: 'CDU 1.2 MW', widthM: 1.2, depthM: 1.2, heightM: 2.2, unitCostUsd: 250000, leadTimeWeeks: 20, source: 'vendor' },
    { id: 'ups-1000', kind: 'ups', name: 'UPS 1000 kW', widthM: 2.4, depthM: 1, heightM: 2, unitCostUsd: 400000, leadTimeWeeks: 30, source: 'vendor' },
    { id: 'busway-1600', kind: 'busway', name: 'Busway 1600 A', widthM: 0, depthM: 0, heightM: 0, unitCostUsd: 900, leadTimeWeeks: 12, source: 'vendor' },
  ],
  sources: [{ id: 'vendor', title: 'Vendor sheet', tag: 'P' }],
};

export const document: ProjectDocument = {
  format: 'powerhall-project',
  version: 1,
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
