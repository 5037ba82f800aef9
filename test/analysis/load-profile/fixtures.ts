import type { HallLoad, LoadProfileInputs, MiningDispatch } from '../../../shared/analysis/load-profile/index.ts';

export const steadyTraining = (itMw: number, utilisationPct = 1): HallLoad => ({
  name: 'Hall A',
  itMw,
  profile: { kind: 'training', utilisationPct, checkpointPeriodHours: 24, checkpointDurationHours: 0, checkpointDepthPct: 0, maintenance: [] },
});

export const mining = (over: Partial<MiningDispatch> = {}): MiningDispatch => ({
  fleetMw: 100,
  rampMwPerHour: 1000,
  minRunHours: 1,
  revenueUsdPerMwh: 100,
  breakevenUsdPerMwh: 100,
  ...over,
});

export function siteInputs(over: Partial<LoadProfileInputs> = {}): LoadProfileInputs {
  return {
    pue: 1,
    halls: [steadyTraining(50)],
    limits: { interconnectMw: 200, substationMw: 200, siteElectricalMw: 200 },
    mining: mining(),
    prices: null,
    demandResponse: [],
    yearStartsOnWeekday: 0,
    ...over,
  };
}
