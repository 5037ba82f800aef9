import type { EconomicsInputs } from './inputs.ts';

// Mining's unit economics from hashrate, efficiency and hashprice. One PH/s at e J/TH draws 1,000 TH/s × e W = e kW,
// so it uses 0.024 × e MWh a day and earns the hashprice less the pool fee: revenue per MWh = hashprice × (1 − fee)
// ÷ (0.024 × e). With no variable cost but power, that is also the power price above which mining loses money.

type MiningInputs = EconomicsInputs['mining'];

export const fleetMwFromHashrate = (phPerS: number, efficiencyJPerTh: number): number => (phPerS * efficiencyJPerTh) / 1000;
export const hashrateFromFleetMw = (mw: number, efficiencyJPerTh: number): number => (mw * 1000) / efficiencyJPerTh;

export function miningRevenueUsdPerMwh(m: MiningInputs): number {
  const mwhPerPhDay = 0.024 * m.efficiencyJPerTh;
  return (m.hashpriceUsdPerPhDay * (1 - m.poolFeePct)) / mwhPerPhDay;
}

/** The fleet that stays after the phase: the one entered, or else the fleet that ran before. */
export const fleetMwAfter = (m: MiningInputs, miningMwBefore: number): number =>
  m.fleetHashratePhPerS === null ? miningMwBefore : fleetMwFromHashrate(m.fleetHashratePhPerS, m.efficiencyJPerTh);
