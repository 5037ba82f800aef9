// Analysis speed: the full ScenarioReport at 10k and 50k racks, the live report after a one-rack edit through the
// editor (store → change feed → report with bill, every check and the groups), and the older 1k/100k figures.
import { performance } from 'node:perf_hooks';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { createEditor } from '../../renderer/editor/editor.ts';
import { createAnalyzer } from '../../shared/analysis/index.ts';
import type { RackRecord } from '../../shared/model/index.ts';
import { BENCH_SCENARIO, syntheticDocument } from './engine-document.ts';

const catalog = loadCatalog();

function median(samples: number[]): number {
  const s = samples.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function fullReport(racks: number, runs: number): number {
  const doc = syntheticDocument(racks);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    // A fresh analyzer each run: nothing cached, the whole report from scratch.
    const analyzer = createAnalyzer(catalog);
    const t = performance.now();
    analyzer.analyze(doc, BENCH_SCENARIO);
    samples.push(performance.now() - t);
  }
  return median(samples);
}

// Racks of the synthetic rows 0, 4, 8, ... are GB200 NVL72 (liquid): raising their kW raises no per-rack check.
const gb200Rack = (i: number, racks: number) => (((i * 4) % (racks / 20)) * 20 + (i % 20)) % racks;

/** One rack's kW changed in the editor's store, then the live report read: what a drag or a typed value costs. */
function liveAfterEdit(racks: number, runs: number): number {
  const editor = createEditor(syntheticDocument(racks), catalog);
  for (let i = 0; i < 5; i += 1) void editor.live.current;
  const all = editor.store.all('rack') as readonly RackRecord[];
  const ids = all.map((r) => r.id);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const id = ids[gb200Rack(i, racks)]!;
    const t = performance.now();
    editor.store.transact((tx) => tx.update(id, { itKwOverride: 100 + (i % 50) }));
    void editor.live.current;
    samples.push(performance.now() - t);
  }
  editor.dispose();
  return median(samples);
}

const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
console.log(`full report,   1,000 racks: median ${fmt(fullReport(1_000, 31))}`);
console.log(`full report,  10,000 racks: median ${fmt(fullReport(10_000, 21))}  (goal ≤ 6 ms)`);
console.log(`full report,  50,000 racks: median ${fmt(fullReport(50_000, 9))}`);
console.log(`full report, 100,000 racks: median ${fmt(fullReport(100_000, 5))}`);
console.log(`live report after a one-rack edit, 10,000 racks: median ${fmt(liveAfterEdit(10_000, 101))}  (goal ≤ 2 ms)`);
console.log(`live report after a one-rack edit, 50,000 racks: median ${fmt(liveAfterEdit(50_000, 51))}  (goal ≤ 8 ms)`);
