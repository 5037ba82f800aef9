// Store figures at 10,000 racks: open, persist one rack move, export to JSON, and the whole-file JSON rewrite
// that file-based planners do on every save, for comparison.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatInterchange } from '../../shared/interchange/interchange-json.ts';
import type { RackRecord } from '../../shared/model/index.ts';
import { nodeFileSystem, writeFileAtomic } from '../../main/services/file-system.ts';
import { exportProjectJson, writeExport } from '../../main/services/project-export.ts';
import { ProjectService } from '../../main/services/project-service.ts';
import { sampleDocument } from '../fixtures/store/sample-document.ts';

const dir = mkdtempSync(join(tmpdir(), 'powerhall-bench-store-'));
process.env.POWERHALL_DATA_DIR = join(dir, 'app-data');

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

try {
  const doc = sampleDocument({ rowCount: 200, racksPerRow: 50 });
  const path = join(dir, 'big.powerhall');
  const createMs = time(() => ProjectService.create(path, doc).close());

  const openSamples: number[] = [];
  for (let i = 0; i < 7; i += 1) {
    let project: ProjectService | undefined;
    openSamples.push(time(() => (project = ProjectService.open(path))));
    project!.close();
  }

  const project = ProjectService.open(path);
  let revision = project.info().revision;
  let rack: RackRecord = doc.racks[0]!;
  const moveSamples: number[] = [];
  for (let i = 0; i < 300; i += 1) {
    const moved: RackRecord = { ...rack, slot: rack.slot === 0 ? 52 : 0 };
    moveSamples.push(time(() => (revision = project.applyDiff(revision, { added: [], updated: [[rack, moved]], removed: [] }).revision)));
    rack = moved;
  }
  const loadMs = time(() => project.load());
  project.close();

  const exportSamples: number[] = [];
  for (let i = 0; i < 5; i += 1) exportSamples.push(time(() => writeExport(join(dir, 'export.json'), exportProjectJson(path))));

  const rewriteSamples: number[] = [];
  for (let i = 0; i < 15; i += 1) {
    rewriteSamples.push(time(() => writeFileAtomic(nodeFileSystem, join(dir, 'whole.json'), Buffer.from(formatInterchange(doc), 'utf8'))));
  }

  const move = median(moveSamples);
  const rewrite = median(rewriteSamples);
  console.log(`racks                                   ${doc.racks.length}`);
  console.log(`create project file                     ${fmt(createMs)}`);
  console.log(`open (inspect, quick_check, validate)   ${fmt(median(openSamples))} median of ${openSamples.length}   (goal < 300 ms)`);
  console.log(`load whole document                     ${fmt(loadMs)}`);
  console.log(`persist one rack move (fsync'd commit)  ${fmt(move)} median of ${moveSamples.length}, p90 ${fmt([...moveSamples].sort((a, b) => a - b)[Math.floor(moveSamples.length * 0.9)]!)}   (goal < 2 ms)`);
  console.log(`export to JSON file                     ${fmt(median(exportSamples))} median of ${exportSamples.length}`);
  console.log(`whole-file JSON rewrite (fsync'd)       ${fmt(rewrite)} median of ${rewriteSamples.length}`);
  console.log(`one edit vs whole-file rewrite          ${(rewrite / move).toFixed(1)}x faster   (goal >= 20x)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
