import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/analysis/index.ts';
import { BLOCK_SCENARIO, blockProject, catalog, linesOf } from './fixtures.ts';
import { hall, project, racks, row, SCENARIO } from './layout-fixture.ts';

/*
 * Scope of every line: network → tenant; in-rack liquid hardware (NVL72 manifolds, cold plates) ships in the rack →
 * OEM; power, cooling and building → landlord. Only landlord equipment carries installation (and the building
 * lines that scale from the build), so the OEM's hardware is never multiplied by them.
 *
 * Ten GB200 racks: in-rack hardware 10 × $50,000 = $500,000, scope OEM. Installation = (landlord power and cooling
 *   equipment) × 0.818: the $500,000 is not in that base.
 *
 * Hybrid site: AI hall h1 with 10 GB200 (10 × 132 = 1,320 kW) beside mining hall m1 with 10 hydro ASIC racks
 *   (10 × 43.2 = 432 kW). The $/MW divides by the AI halls' IT only: 1,320 kW = 1.32 MW, not 1.752 MW; and its
 *   numerator leaves out the lines sized for the mining hall (its transformers, busway, PDUs, CDUs):
 *   landlord $/MW = Σ landlord lines not of hall m1 / 1.32.
 */
describe('scope of every line, worked by hand', () => {
  it('in-rack hardware is OEM scope, network is tenant, the rest landlord; installation is on landlord equipment only', () => {
    const b = analyze(blockProject({ profileId: 'gb200-nvl72', count: 10 }), catalog, BLOCK_SCENARIO);
    const inRack = linesOf(b, 'inrack-liquid-nvl72')[0]!;
    expect(inRack.scope).toBe('oem');
    expect(inRack.totalUsd).toBe(500_000);
    for (const l of b.lines) {
      if (l.category === 'network') expect(l.scope).toBe('tenant');
      else if (l.catalogId !== 'inrack-liquid-nvl72') expect(l.scope).toBe('landlord');
    }
    const base = b.lines.filter((l) => (l.category === 'power' || l.category === 'cooling') && l.scope === 'landlord').reduce((s, l) => s + l.totalUsd, 0);
    const installation = b.lines.find((l) => l.id.startsWith('building/installation'))!;
    expect(installation.totalUsd).toBe(Math.round(base * 0.818));
    expect(b.summary.capexByScope.oem).toBe(500_000);
    expect(b.summary.capexByScope.tenant).toBe(b.summary.networkCapexUsd);
    expect(b.summary.capexByScope.landlord + b.summary.capexByScope.tenant + b.summary.capexByScope.oem).toBe(b.summary.capexUsd);
  });

  it('a hybrid site divides landlord capex of the AI hall and the site by the AI hall IT only (1.32 MW, not 1.752 MW)', () => {
    const doc = project({
      halls: [hall('h1'), hall('m1', { kind: 'mining', origin: { x: 100, y: 0 } })],
      rows: [row('a', 'h1'), row('m', 'm1')],
      racks: [...racks('a', 'gb200-nvl72', 10), ...racks('m', 'btc-hydro-asic', 10)],
    });
    const b = analyze(doc, catalog, SCENARIO);
    expect(b.summary.itKw).toBeCloseTo(1752, 9);
    expect(b.summary.aiItKw).toBe(1320);
    const aiLandlord = b.lines.filter((l) => l.scope === 'landlord' && l.group !== 'm1' && !l.group.startsWith('m1/')).reduce((s, l) => s + l.totalUsd, 0);
    expect(b.summary.landlordCapexUsdPerMwIt).toBe(Math.round(aiLandlord / 1.32));
    expect(b.summary.networkCapexUsdPerMwIt).toBe(Math.round(b.summary.networkCapexUsd / 1.32));
    expect(b.summary.facilityCapexUsdPerMwIt).toBe(Math.round(b.summary.facilityCapexUsd / 1.32));
    expect(b.lines.some((l) => l.group === 'm1' || l.group.startsWith('m1/'))).toBe(true);
  });
});
