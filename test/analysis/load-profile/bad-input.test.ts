import { describe, expect, it } from 'vitest';
import { LoadProfileInputError, parseLoadProfileInputs, simulateLoadProfile } from '../../../shared/analysis/load-profile/index.ts';
import { mining, siteInputs, steadyTraining } from './fixtures.ts';

function messages(raw: unknown): string[] {
  const r = parseLoadProfileInputs(raw);
  if (r.ok) throw new Error('expected a refusal');
  return r.issues.map((i) => i.message);
}

describe('load-profile inputs refused in the engineer\'s words', () => {
  it('a mining ramp of zero', () => {
    expect(messages(siteInputs({ mining: mining({ rampMwPerHour: 0 }) }))).toEqual(['Mining ramp rate (MW per hour) must be more than 0 and at most 20,000; got 0']);
  });

  it('a negative flat power price', () => {
    expect(messages(siteInputs({ prices: { kind: 'flat', usdPerMwh: -5 } }))).toEqual(['Power price ($/MWh) must be between 0 and 10,000; got -5']);
  });

  it('an hourly series of the wrong length, and an hour out of range', () => {
    expect(messages(siteInputs({ prices: { kind: 'hourly', usdPerMwh: [40, 41] } }))).toEqual(['Hourly power price must have 8,760 hourly values; it has 2']);
    const series = new Array<number>(8760).fill(40);
    series[17] = 40_000;
    expect(messages(siteInputs({ prices: { kind: 'hourly', usdPerMwh: series } }))).toEqual(['Hour 17: Hourly power price ($/MWh) must be between -1,000 and 10,000; got 40,000']);
  });

  it('an AI load above the firm limit, naming the limit', () => {
    const [message] = messages(siteInputs({ pue: 1.25, halls: [steadyTraining(180)] }));
    expect(message).toContain('AI load at full power (225 MW = IT MW × PUE 1.25) exceeds the firm limit of 200 MW');
  });

  it('a checkpoint longer than its period, and a trough above the peak', () => {
    const hall = { name: 'H1', itMw: 10, profile: { kind: 'training', utilisationPct: 0.9, checkpointPeriodHours: 2, checkpointDurationHours: 3, checkpointDepthPct: 0.5, maintenance: [] } };
    expect(messages(siteInputs({ halls: [hall as never] }))).toEqual(['Checkpoint duration (hours) of hall H1 (3) must not exceed its checkpoint period (2 hours)']);
    const inference = { name: 'H2', itMw: 10, profile: { kind: 'inference', peakUtilisationPct: 0.5, troughUtilisationPct: 0.8, peakHourOfDay: 14, weekendPct: 1 } };
    expect(messages(siteInputs({ halls: [inference as never] }))[0]).toContain('Inference trough utilisation');
  });

  it('a demand-response event past the end of the year, and a missing field', () => {
    expect(messages(siteInputs({ demandResponse: [{ startHour: 8700, hours: 100, miningMaxMw: 0 }] }))[0]).toContain('must end within the year');
    const { pue: _pue, ...noPue } = siteInputs();
    expect(messages(noPue)).toEqual(['PUE (facility ÷ IT power, 1–3) is required']);
  });

  it('the simulation itself refuses a plan built in code that breaks the limits', () => {
    expect(() => simulateLoadProfile(siteInputs({ halls: [steadyTraining(250)] }))).toThrow(LoadProfileInputError);
  });
});
