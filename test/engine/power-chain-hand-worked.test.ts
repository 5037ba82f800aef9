import { describe, expect, it } from 'vitest';
import { analyze, type ScenarioReport } from '../../shared/analysis/index.ts';
import type { Redundancy } from '../../shared/model/index.ts';
import { BLOCK_SCENARIO, blockProject, catalog, linesOf, quantityOf } from './fixtures.ts';

/*
 * What the chain is made of, ten GB200 racks of the block at 2N (power-hand-worked.test.ts works the big units):
 *   UPS      2N: two systems of one lineup × 2 × 750 kVA = 4 frames
 *   Battery  4 frames × 750 kW × 5 min / 60 = 250 kWh (5-minute bridge to the generators)
 *   Gensets  N+1 at 2N power: 2 × 2,000 kW → paralleling ⌈2 / 8⌉ = 1 lineup; emissions controls 2 (one per set)
 *   Fuel     12 h (Uptime minimum) × design-day 1,570.18 kW × 0.27 L/kWh = 5,087.4 → 5,088 L of storage and first fill
 *   MV       2N: two MV switchgear lineups × 250 m substation-to-hall route = 500 m of ductbank circuit
 *   Tap-offs NVL72 racks carry their own power shelves: one tap-off per rack side, 10 × 2 = 20
 *   LV feeders one 40 m circuit per transformer LV board (2) and per UPS output board (2) = 4 × 40 = 160 m
 *   Pump UPS the CDU pumps (1,122 kWt × 0.015 kW/kWt = 16.83 kW / 0.95 = 17.72 kVA) on the smallest frames:
 *            ⌈17.72 / 500⌉ = 1 → 2N: 2 × 500 kVA, batteries 2 × 500 kW × 5 / 60 = 83.3 kWh
 * Rack PDUs, five 40 kW air racks: a PDU carries √3 × 415 V × 60 A × 0.95 × 0.8 = 32.78 kW.
 *   2N (A/B): one side alone must carry the rack: ⌈40 / 32.78⌉ = 2 per side × 2 = 4 per rack → 20 (the profile's 2
 *   would put 20 kW on each and lose the rack with a side); N: max(profile 2, ⌈40 / 32.78⌉ = 2) = 2 per rack → 10.
 */
function bill(profileId: string, count: number, powerRedundancy: Redundancy): ScenarioReport {
  return analyze(blockProject({ profileId, count }, { scenario: { powerRedundancy } }), catalog, BLOCK_SCENARIO);
}

describe('the power chain beyond its big units, worked by hand', () => {
  it('batteries, generator plant, fuel, MV feeders and tap-offs for ten GB200 racks at 2N', () => {
    const b = bill('gb200-nvl72', 10, '2N');
    expect(quantityOf(b, 'ups-750kw')).toBe(4);
    const batteries = linesOf(b, 'ups-battery-li-ion');
    expect(batteries.find((l) => l.group === 'block-hall')!.quantity).toBe(250);
    expect(batteries.find((l) => l.group === 'block-hall')!.derivation).toContain('4 frames × 750 kW × 5 min / 60 = 250 kWh');
    const pumps = linesOf(b, 'ups-500kw').find((l) => l.group === 'block-hall/pumps')!;
    expect(pumps.quantity).toBe(2);
    expect(pumps.derivation).toContain('1,122 kWt × 0.015 kW/kWt = 16.83 kW / pf 0.95 = 17.72 kVA');
    expect(batteries.find((l) => l.group === 'block-hall/pumps')!.quantity).toBe(83.3);
    expect(quantityOf(b, 'gen-2000kw')).toBe(2);
    expect(quantityOf(b, 'gen-paralleling-lineup')).toBe(1);
    expect(quantityOf(b, 'gen-emissions-scr')).toBe(2);
    expect(quantityOf(b, 'fuel-storage-l')).toBe(5088);
    expect(quantityOf(b, 'diesel-fill-l')).toBe(5088);
    expect(linesOf(b, 'fuel-storage-l')[0]!.derivation).toContain('1,570.18 kW × 12 h × 0.27 L/kWh = 5,088 L');
    expect(quantityOf(b, 'mv-ductbank-m')).toBe(500);
    expect(quantityOf(b, 'busway-tapoff')).toBe(20);
    expect(quantityOf(b, 'pdu-rack-3ph-60a')).toBe(0);
    expect(linesOf(b, 'lv-feeder-m').map((l) => l.quantity)).toEqual([80, 80]);
  });

  it('rack PDUs: on A/B feeds one side carries the rack (4 per 40 kW rack); on one feed 2', () => {
    const ab = bill('air-40kw', 5, '2N');
    expect(quantityOf(ab, 'pdu-rack-3ph-60a')).toBe(20);
    expect(linesOf(ab, 'pdu-rack-3ph-60a')[0]!.derivation).toContain('one side alone ⌈40 / 32.8 kW⌉ = 2 PDUs × 2 sides = 4');
    expect(quantityOf(ab, 'busway-tapoff')).toBe(20);
    const single = bill('air-40kw', 5, 'N');
    expect(quantityOf(single, 'pdu-rack-3ph-60a')).toBe(10);
    expect(quantityOf(single, 'busway-tapoff')).toBe(10);
  });

  it('mining halls get none of it: no batteries, generators, fuel or emissions controls', () => {
    const doc = blockProject({ profileId: 'btc-hydro-asic', count: 10 });
    const mining = { ...doc, halls: doc.halls.map((h) => ({ ...h, kind: 'mining' as const })) };
    const b = analyze(mining, catalog, BLOCK_SCENARIO);
    for (const id of ['ups-battery-li-ion', 'gen-paralleling-lineup', 'fuel-storage-l', 'gen-emissions-scr']) expect(quantityOf(b, id), id).toBe(0);
  });
});
