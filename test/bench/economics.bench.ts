// Economics speed: median of the 8,760-hour hybrid load simulation, of one phase's economics (both load years,
// the weekly timeline and the yearly table) and of the whole analysis with its tornado (14 more cases).
import { performance } from 'node:perf_hooks';
import { analysePhaseEconomics, baseVariant, evaluatePhase, loadInputs, SAMPLE_LAKE_MARINER_PHASE } from '../../shared/analysis/economics/index.ts';
import { simulateLoadProfile } from '../../shared/analysis/load-profile/index.ts';

const phase = SAMPLE_LAKE_MARINER_PHASE;
const afterInputs = loadInputs(phase, 'after', { pue: phase.phase.pue, priceFactor: 1 });

function median(run: () => unknown, runs: number): number {
  for (let i = 0; i < 5; i += 1) run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    run();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
const simulation = median(() => simulateLoadProfile(afterInputs), 51);
// A fresh cache each run: both load years are simulated again, nothing reused.
const economics = median(() => evaluatePhase(phase, baseVariant(phase), new Map()), 51);
const withTornado = median(() => analysePhaseEconomics(phase), 21);
console.log(`8,760-hour hybrid load, one year: median ${fmt(simulation)}`);
console.log(`economics of a phase (two load years + cash flows): median ${fmt(economics)}  (goal ≤ 50 ms together with the simulation)`);
console.log(`economics with the 7-input tornado: median ${fmt(withTornado)}`);
