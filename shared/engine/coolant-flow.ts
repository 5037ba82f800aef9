import type { BillBuilder } from './bill-builder.ts';

const PIPE_DN_MM = [25, 32, 40, 50, 65, 80, 100, 125, 150, 200, 250, 300, 350, 400, 450, 500, 600, 700, 800, 900, 1000];

/** Litres per minute of coolant per kW of heat: V̇ = P / (ρ · cp · ΔT). */
export function litresPerMinutePerKw(bill: BillBuilder, fluid: 'water' | 'pg25', deltaTK: number): number {
  const f = bill.index;
  const cp = f.factor('water-cp') * (fluid === 'pg25' ? f.factor('pg25-cp-ratio') : 1);
  return 60 / (f.factor('water-density') * cp * deltaTK);
}

/** Smallest standard pipe size whose velocity stays at or below the design velocity. */
export function pipeDn(flowLpm: number, velocityMs: number): number {
  if (flowLpm <= 0) return 0;
  const areaM2 = flowLpm / 60_000 / velocityMs;
  const diameterMm = Math.sqrt((4 * areaM2) / Math.PI) * 1000;
  return PIPE_DN_MM.find((dn) => dn >= diameterMm) ?? Math.ceil(diameterMm / 100) * 100;
}
