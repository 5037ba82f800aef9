// Export speed: the XLSX workbook of a 10k-rack bill, the PDF brief of the sample, the GLB of 10k racks (and its
// size). Printed, never asserted: goals XLSX ≤ 2 s, PDF ≤ 3 s, GLB ≤ 1 s and ≤ 5 MB.
import { performance } from 'node:perf_hooks';
import { loadSampleDocument } from '../../main/app/sample-project.ts';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import type { ExportFormat } from '../../main/export/format.ts';
import { glbFormat } from '../../main/export/glb-format.ts';
import { pdfFormat } from '../../main/export/pdf-format.ts';
import { reportContext } from '../../main/export/report-context.ts';
import { xlsxFormat } from '../../main/export/xlsx-format.ts';
import type { ReportContext } from '../../shared/report-views/report-context.ts';
import { BENCH_SCENARIO, syntheticDocument } from './engine-document.ts';

const catalog = loadCatalog();

async function timed(format: ExportFormat, context: ReportContext, runs: number): Promise<{ ms: number; bytes: number }> {
  const samples: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    bytes = (await format.write(context, () => {})).length;
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)]!, bytes };
}

const big = reportContext(syntheticDocument(10_000), catalog, { scenario: BENCH_SCENARIO });
const sample = reportContext(loadSampleDocument(), catalog, { scenario: 'sc-phase1' });
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;

const xlsx = await timed(xlsxFormat, big, 5);
console.log(`XLSX, 10,000-rack bill (${big.report.lines.length} lines): median ${xlsx.ms.toFixed(0)} ms, ${mb(xlsx.bytes)}  (goal ≤ 2 s)`);
const pdf = await timed(pdfFormat, sample, 5);
console.log(`PDF brief, sample Phase 1: median ${pdf.ms.toFixed(0)} ms, ${mb(pdf.bytes)}  (goal ≤ 3 s)`);
const pdfBig = await timed(pdfFormat, big, 3);
console.log(`PDF brief, 10,000 racks: median ${pdfBig.ms.toFixed(0)} ms, ${mb(pdfBig.bytes)}`);
const glb = await timed(glbFormat, big, 5);
console.log(`GLB, 10,000 racks: median ${glb.ms.toFixed(0)} ms, ${mb(glb.bytes)}  (goal ≤ 1 s, ≤ 5 MB)`);
