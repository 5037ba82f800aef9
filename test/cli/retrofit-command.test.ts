import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RetrofitReport } from '../../shared/analysis/retrofit/index.ts';
import { formatInterchange } from '../../shared/interchange/interchange-json.ts';
import { plate, retrofitCase, yardUnit } from '../analysis/retrofit/fixture.ts';
import { runCli } from '../support/run-cli.ts';

describe('powerhall retrofit', () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'powerhall-retrofit-'));
    file = join(dir, 'site.json');
    const yard = [0, 1].map((i) => yardUnit(`tx${i}`, 'xfmr-mvlv-2500kva', { position: { x: -20 - 5 * i, y: 0 }, disposition: 'existing', nameplate: plate() }));
    writeFileSync(file, formatInterchange(retrofitCase({ profile: 'air-40kw', rows: 1, perRow: 6, yard, target: { powerRedundancy: 'N+1' } }).doc));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints JSON of the published shape, defaulting to the last scenario with a baseline and its own baseline', async () => {
    const result = await runCli(['retrofit', file, '--format', 'json', '--as-of', '2026-12-01']);
    expect(result.code).toBe(0);
    const report = RetrofitReport.parse(JSON.parse(result.out));
    expect([report.baseline.name, report.target.name]).toEqual(['As-is', 'Phase 1']);
    // The two kept transformers by their records; the rest of what is kept are the As-is hall's own lines.
    const reused = report.lines.filter((l) => l.disposition === 'reused');
    expect(reused.filter((l) => !l.id.endsWith('@built')).map((l) => l.item)).toEqual(['TX0', 'TX1']);
    expect(reused.filter((l) => l.id.endsWith('@built')).every((l) => l.totalUsd === 0 && l.derivation.startsWith('Already built in As-is'))).toBe(true);
    expect(report.lines.reduce((s, l) => s + l.totalUsd, 0)).toBe(report.summary.deltaCapexUsd);
  });

  it('prints CSV with the disposition and asset of each line, and a table with the summary, schedule and scorecard', async () => {
    const csv = await runCli(['retrofit', file, '--format', 'csv', '--as-of', '2026-12-01']);
    expect(csv.code).toBe(0);
    expect(csv.out.split('\n')[0]).toContain('disposition,category,item,asset_id');
    const table = await runCli(['retrofit', file, '--baseline', 'As-is', '--target', 'Phase 1', '--as-of', '2026-12-01']);
    expect(table.code).toBe(0);
    expect(table.out).toContain('retrofit of Phase 1 from As-is');
    expect(table.out).toContain('Energisation, first MW');
    expect(table.out).toContain('reliable power');
  });

  it('says in words what is wrong with its arguments', async () => {
    expect((await runCli(['retrofit', file, '--target', 'Phase 9'])).err).toContain("no target scenario 'Phase 9'");
    expect((await runCli(['retrofit', file, '--target', 'As-is'])).err).toContain("scenario 'As-is' names no baseline; give --baseline");
    expect((await runCli(['retrofit', file, '--as-of', '1 Dec'])).err).toContain('--as-of must be a date written YYYY-MM-DD');
    expect((await runCli(['retrofit', file, '--format', 'xml'])).code).toBe(2);
  });
});
