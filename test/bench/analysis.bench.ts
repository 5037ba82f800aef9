// Analysis speed: the full ScenarioReport at 10k and 50k racks (from a fresh analyzer: the first report, the runs
// right after it, and the steady speed once reports have been made for two seconds), the live report after a one-rack edit through the
// editor (store → change feed → report with bill, every check and the groups), and the older 1k/100k figures.
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { createEditor } from '../../renderer/editor/editor.ts';
import { createAnalyzer } from '../../shared/analysis/index.ts';
import type { HallId, ProjectDocument, RackRecord } from '../../shared/model/index.ts';
import { BENCH_SCENARIO, syntheticDocument } from './engine-document.ts';

const catalog = loadCatalog();

/** Median and minimum: on a shared machine the minimum is the figure least disturbed by other work. */
function spread(samples: number[]): { median: number; min: number } {
  const s = samples.slice().sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, min: s[0]! };
}

/** The synthetic racks in one big hall (rows laid out in bands of 50), as the single-hall drag is. */
function singleHallDocument(racks: number): ProjectDocument {
  const doc = syntheticDocument(racks);
  const hall = { ...doc.halls[0]!, widthM: 2000, depthM: 2000 };
  const rows = doc.rows.map((r, k) => ({ ...r, hallId: hall.id as HallId, origin: { x: r.origin.x + Math.floor(k / 50) * 16, y: r.origin.y } }));
  return { ...doc, halls: [hall], rows };
}

interface FullReportTimes {
  /** The first report at this size, the engine's code still being compiled for it (as on opening a project). */
  first: number;
  /** The `runs` reports made right after the first, as this bench counted them before it warmed up. */
  cold: { median: number; min: number };
  /** `runs` reports once reports have been made for `WARMUP_MS` (JIT-compiled code: the engine's steady speed). */
  warm: { median: number; min: number };
}

// Functions run once per hall are compiled by V8 only after hundreds of calls (at 10k racks they were still being
// optimised 40 reports in): the steady speed is timed after reports have been made for this long.
const WARMUP_MS = 2000;

function fullReport(racks: number, runs: number): FullReportTimes {
  const doc = syntheticDocument(racks);
  const time = () => {
    // A fresh analyzer each run: nothing cached, the whole report from scratch.
    const analyzer = createAnalyzer(catalog);
    const t = performance.now();
    analyzer.analyze(doc, BENCH_SCENARIO);
    return performance.now() - t;
  };
  const first = time();
  const cold = Array.from({ length: runs }, time);
  for (const until = performance.now() + WARMUP_MS; performance.now() < until; ) time();
  return { first, cold: spread(cold), warm: spread(Array.from({ length: runs }, time)) };
}

// Racks of the synthetic rows 0, 4, 8, ... are GB200 NVL72 (liquid): raising their kW raises no per-rack check.
const gb200Rack = (i: number, racks: number) => (((i * 4) % (racks / 20)) * 20 + (i % 20)) % racks;

/** One rack's kW changed in the editor's store, then the live report read: what a drag or a typed value costs. */
function liveAfterEdit(racks: number, runs: number, document: ProjectDocument = syntheticDocument(racks)): { median: number; min: number } {
  const editor = createEditor(document, catalog);
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
  return spread(samples);
}

const fmt = (t: { median: number; min: number }) => `median ${t.median.toFixed(2)} ms, min ${t.min.toFixed(2)} ms`;
console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} on ${availableParallelism()} cores`);
const fmtFull = (t: FullReportTimes, runs: number) =>
  `${fmt(t.warm)} over ${runs} runs after ${WARMUP_MS / 1000} s of reports; the ${runs} right after the first: ${fmt(t.cold)}; first ${t.first.toFixed(1)} ms`;
for (const [racks, runs, goal] of [[1_000, 31, ''], [10_000, 21, '  (goal ≤ 6 ms)'], [50_000, 9, ''], [100_000, 5, '']] as const) {
  console.log(`full report, ${racks.toLocaleString('en-US').padStart(7)} racks: ${fmtFull(fullReport(racks, runs), runs)}${goal}`);
}
console.log(`live report after a one-rack edit, 10,000 racks in halls of 1,000: ${fmt(liveAfterEdit(10_000, 101))}  (goal ≤ 2 ms)`);
console.log(`live report after a one-rack edit, 50,000 racks in halls of 1,000: ${fmt(liveAfterEdit(50_000, 51))}  (goal ≤ 8 ms)`);
console.log(`live report after a one-rack edit, 10,000 racks in one hall: ${fmt(liveAfterEdit(10_000, 101, singleHallDocument(10_000)))}  (goal ≤ 2 ms)`);
console.log(`live report after a one-rack edit, 50,000 racks in one hall: ${fmt(liveAfterEdit(50_000, 51, singleHallDocument(50_000)))}  (goal ≤ 8 ms)`);
console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
