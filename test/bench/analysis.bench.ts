// Sizing-engine speed: median full bill at 1k/10k/100k racks and the recompute after a one-rack edit at 10k.
import { performance } from 'node:perf_hooks';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { createAnalyzer } from '../../shared/analysis/index.ts';
import { BENCH_SCENARIO, syntheticDocument, withOneRackChanged } from './engine-document.ts';

const catalog = loadCatalog();

function median(samples: number[]): number {
  const s = samples.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function fullBill(racks: number, runs: number): number {
  const doc = syntheticDocument(racks);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    // A fresh engine each run: nothing cached, the whole bill from scratch.
    const engine = createAnalyzer(catalog);
    const t = performance.now();
    engine.analyze(doc, BENCH_SCENARIO);
    samples.push(performance.now() - t);
  }
  return median(samples);
}

// Racks of the synthetic rows 0, 4, 8, ... are GB200 NVL72 (liquid): raising their kW raises no per-rack check.
const gb200Rack = (i: number) => ((i * 4) % 500) * 20 + (i % 20);

function oneRackUpdate(racks: number, runs: number): number {
  let doc = syntheticDocument(racks);
  const engine = createAnalyzer(catalog);
  engine.analyze(doc, BENCH_SCENARIO);
  for (let i = 0; i < 5; i += 1) engine.analyze(doc, BENCH_SCENARIO);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    doc = withOneRackChanged(doc, gb200Rack(i), 100 + (i % 50));
    const t = performance.now();
    engine.analyze(doc, BENCH_SCENARIO);
    samples.push(performance.now() - t);
  }
  return median(samples);
}

const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
console.log(`full bill,   1,000 racks: median ${fmt(fullBill(1_000, 31))}`);
console.log(`full bill,  10,000 racks: median ${fmt(fullBill(10_000, 21))}  (goal ≤ 20 ms)`);
console.log(`full bill, 100,000 racks: median ${fmt(fullBill(100_000, 7))}`);
console.log(`one-rack update, 10,000 racks: median ${fmt(oneRackUpdate(10_000, 101))}  (goal ≤ 1 ms)`);
