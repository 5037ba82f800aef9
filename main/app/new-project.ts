import { INTERCHANGE_FORMAT, INTERCHANGE_VERSION, ProjectDocument } from '../../shared/model/document.ts';
import type { ScenarioId, SiteId } from '../../shared/model/index.ts';
import { freshId } from '../services/fresh-id.ts';

/**
 * A new, empty project: a site with no halls and one scenario designed as a new AI hall is (2N power, N+1 cooling,
 * generators, 32 °C facility water, as the sample's Phase 1). The site's figures are starting values the engineer
 * replaces in Site (a 10 MW interconnect with a 12 MVA substation, 35/24 °C design temperatures, $0.07/kWh).
 */
export function newProjectDocument(name: string): ProjectDocument {
  return ProjectDocument.parse({
    format: INTERCHANGE_FORMAT,
    version: INTERCHANGE_VERSION,
    site: {
      type: 'site',
      id: freshId('site') as SiteId,
      name,
      location: '',
      interconnectMw: 10,
      substationMva: 12,
      utilityVoltageKv: 138,
      designDryBulbC: 35,
      designWetBulbC: 24,
      powerPriceUsdPerKwh: 0.07,
      priceOverrides: {},
    },
    scenarios: [
      {
        type: 'scenario',
        id: freshId('scenario') as ScenarioId,
        name: 'Scenario 1',
        order: 0,
        powerRedundancy: '2N',
        coolingRedundancy: 'N+1',
        generators: true,
        fluid: 'water',
        liquidSupplyC: 32,
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
  });
}
