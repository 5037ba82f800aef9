// Viewport benchmark in headless Chromium (software WebGL): builds renderer/bench with vite, serves it on
// loopback, and measures the instanced viewport beside a one-mesh-per-rack baseline at 1k, 10k and 50k racks.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'vite';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { launchChromium } from '../support/browser.ts';
import { REPO_ROOT } from '../support/serve.ts';

const SIZES = [1_000, 10_000, 50_000];
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

const out = mkdtempSync(join(tmpdir(), 'powerhall-viewport-bench-'));
await build({
  configFile: false,
  logLevel: 'warn',
  root: join(REPO_ROOT, 'renderer', 'bench'),
  base: './',
  build: { outDir: out, emptyOutDir: true, target: 'es2023', chunkSizeWarningLimit: 4000 },
});
const server = createServer((req, res) => {
  const path = normalize(join(out, new URL(req.url ?? '/', 'http://x').pathname.replace(/\/$/, '/index.html')));
  if (!path.startsWith(out)) return void res.writeHead(403).end();
  let body: Buffer;
  try {
    body = readFileSync(path);
  } catch {
    return void res.writeHead(404).end();
  }
  res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;
const chromium = await launchChromium();
const catalogJson = JSON.stringify(loadCatalog());
const rows: Record<string, number | boolean>[] = [];
try {
  for (const racks of SIZES) {
    const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => 'runViewportBench' in window);
    const json = await page.evaluate(([n, c]) => (window as unknown as { runViewportBench(n: number, c: string): Promise<string> }).runViewportBench(n, c), [racks, catalogJson] as const);
    rows.push(JSON.parse(json) as Record<string, number | boolean>);
    await page.close();
  }
} finally {
  await chromium.close();
  server.close();
  rmSync(out, { recursive: true, force: true });
}

const f = (v: number | boolean | undefined, d = 2) => (typeof v === 'number' ? v.toFixed(d) : String(v));
console.log('racks   build ms (base)      draw calls (base)   render ms (base)     pick ms mean, hit% (base)   edit→buffer ms (base)  frames: edit/idle  bill after edit ms');
for (const r of rows) {
  console.log(
    [
      String(r.racks).padEnd(7),
      `${f(r.buildMs, 1)} (${f(r.baselineBuildMs, 1)})`.padEnd(20),
      `${r.drawCalls} (${r.baselineDrawCalls})`.padEnd(19),
      `${f(r.renderMs)} (${f(r.baselineRenderMs)})`.padEnd(20),
      `${f(r.pickMs, 3)}, ${f((r.pickHitShare as number) * 100, 0)}% (${f(r.baselinePickMs, 3)})`.padEnd(27),
      `${f(r.editToBufferMs, 3)} (${f(r.baselineEditMs, 3)})`.padEnd(22),
      `${r.framesForEdit}/${r.framesWhileIdle}`.padEnd(18),
      f(r.billAfterEditMs, 1),
    ].join(' '),
  );
}
const at = (n: number) => rows.find((r) => r.racks === n)!;
const ten = at(10_000);
const fifty = at(50_000);
const goals: [string, boolean][] = [
  ['draw calls under 50 at every size', rows.every((r) => (r.drawCalls as number) < 50)],
  ['10k: render main-thread time ≥ 10× below baseline', (ten.baselineRenderMs as number) >= 10 * (ten.renderMs as number)],
  ['10k: scene build ≥ 5× faster than baseline', (ten.baselineBuildMs as number) >= 5 * (ten.buildMs as number)],
  ['50k: pick under 1 ms (mean of 200)', (fifty.pickMs as number) < 1],
  ['an edit is drawn in the next frame (exactly one frame)', rows.every((r) => r.framesForEdit === 1)],
  ['nothing rendered while idle', rows.every((r) => r.framesWhileIdle === 0)],
];
for (const [goal, ok] of goals) console.log(`${ok ? 'met ' : 'MISS'}  ${goal}`);
