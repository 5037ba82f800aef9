import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/analysis/index.ts';
import { BLOCK_SCENARIO, blockProject, catalogWithOnly, linesOf } from './fixtures.ts';

// The CDU rule (REFERENCE.md §3): racks per CDU = min(heat limit, flow limit); CDUs = max(by heat, by flow).
// Catalog narrowed to the published 2,000 kW / 2,125 L/min facility CDU so the choice is fixed.
const onlyBigCdu = catalogWithOnly('cdu', ['cdu-facility-2000kw']);

function cduLine(count: number, deltaTK: number, fluid: 'water' | 'pg25' = 'water') {
  const doc = blockProject({ profileId: 'gb200-nvl72', count }, { scenario: { liquidDeltaTK: deltaTK, fluid } });
  const bill = analyze(doc, onlyBigCdu, BLOCK_SCENARIO);
  return { bill, line: linesOf(bill, 'cdu-facility-2000kw')[0]! };
}

describe('CDU sizing: heat limit versus flow limit', () => {
  it('flow governs at a 10 K rise: 1,683 kWt fits one unit by heat but needs two by flow', () => {
    // 15 racks × 132 kW × 0.85 liquid = 1,683 kWt.
    // Flow: 60 / (0.997 kg/L × 4.18 kJ/(kg K) × 10 K) = 1.4397 L/min per kW → 1,683 × 1.4397 = 2,423 L/min.
    // Heat limit ⌈1,683 / 2,000⌉ = 1; flow limit ⌈2,423 / 2,125⌉ = 2 → N = 2.
    const { bill, line } = cduLine(15, 10);
    expect(bill.summary.liquidKw).toBeCloseTo(1683, 6);
    expect(bill.summary.cooling.flowLpm).toBeCloseTo(2423.1, 0);
    expect(line.quantity).toBe(2);
    expect(line.derivation).toContain('flow governs');
  });

  it('heat governs at a 15 K rise: the same heat needs 1,615 L/min, one unit by both limits', () => {
    // 60 / (0.997 × 4.18 × 15) = 0.9598 L/min/kW → 1,683 × 0.9598 = 1,615 L/min ≤ 2,125.
    const { line } = cduLine(15, 15);
    expect(line.quantity).toBe(1);
  });

  it('PG25 carries ~10% less heat per litre, so more flow and possibly more CDUs', () => {
    // 12 racks: 1,346.4 kWt. Water at 10 K: 1,938 L/min → 1 CDU. PG25 (cp × 0.9): 2,154 L/min > 2,125 → 2 CDUs.
    expect(cduLine(12, 10, 'water').line.quantity).toBe(1);
    expect(cduLine(12, 10, 'pg25').line.quantity).toBe(2);
  });

  it('redundancy is applied per loop after the heat/flow maximum', () => {
    const doc = blockProject({ profileId: 'gb200-nvl72', count: 15 }, { scenario: { coolingRedundancy: 'N+1' } });
    const bill = analyze(doc, onlyBigCdu, BLOCK_SCENARIO);
    expect(linesOf(bill, 'cdu-facility-2000kw')[0]!.quantity).toBe(3);
  });
});
