import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureSampleProject, loadSampleDocument, sampleDocumentPath } from '../../main/app/sample-project.ts';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { ProjectService } from '../../main/services/project-service.ts';
import { analyze } from '../../shared/analysis/index.ts';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('bundled sample project', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'powerhall-sample-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is a former mining site with a GB200 NVL72 hall and some 40 kW air-cooled racks', () => {
    const doc = loadSampleDocument();
    const catalog = loadCatalog();
    const profile = (id: string) => catalog.rackProfiles.find((p) => p.id === id)!;
    expect(doc.halls.some((h) => h.kind === 'mining')).toBe(true);
    const ai = doc.scenarios.find((s) => s.name === 'Phase 1 AI hall')!;
    const aiHalls = new Set(doc.halls.filter((h) => h.scenarioId === ai.id).map((h) => h.id));
    const aiRows = new Set(doc.rows.filter((r) => aiHalls.has(r.hallId)).map((r) => r.id));
    const aiRacks = doc.racks.filter((r) => aiRows.has(r.rowId));
    expect(profile('gb200-nvl72').itKw).toBe(132);
    expect(aiRacks.filter((r) => r.profileId === 'gb200-nvl72').length).toBeGreaterThanOrEqual(100);
    expect(aiRacks.filter((r) => profile(r.profileId).itKw === 40 && profile(r.profileId).liquidFraction === 0).length).toBeGreaterThan(0);

    const bill = analyze(doc, catalog, ai.id);
    const expectedKw = aiRacks.reduce((sum, r) => sum + profile(r.profileId).itKw, 0);
    expect(bill.summary.itKw).toBeCloseTo(expectedKw, 6);
    expect(bill.checks.filter((c) => c.severity === 'error')).toEqual([]);
  });

  it('names each bill line group as the engineer does: feeds, loops and halls by name, the site as Site', () => {
    const doc = loadSampleDocument();
    const bill = analyze(doc, loadCatalog(), doc.scenarios.find((s) => s.name === 'Phase 1 AI hall')!.id);
    const names = new Map<string, string>([...doc.powerFeeds, ...doc.coolingLoops, ...doc.halls].map((r) => [r.id, r.name]));
    for (const line of bill.lines) {
      if (names.has(line.group)) expect(line.groupName).toBe(names.get(line.group));
    }
    expect(bill.lines.find((l) => l.group === 'feed-g1a-a')?.groupName).toBe('Busway G1A-A');
    expect(bill.lines.find((l) => l.group === 'loop-1')?.groupName).toBe('Loop 1');
    expect(bill.lines.find((l) => l.group === 'site')?.groupName).toBe('Site');
    expect(bill.lines.every((l) => l.groupName.length > 0 && !/^[a-z]+-[0-9a-f]{8}/.test(l.groupName))).toBe(true);
  });

  it('opens as a copy in the data folder and never touches the file under resources/', () => {
    const before = sha(sampleDocumentPath());
    const path = ensureSampleProject(dataDir);
    expect(path.startsWith(dataDir)).toBe(true);
    const project = ProjectService.open(path);
    const doc = project.load();
    const renamed = { ...doc.site, name: 'My study' };
    project.applyDiff(project.info().revision, { added: [], updated: [[doc.site, renamed]], removed: [] });
    project.close();

    expect(ensureSampleProject(dataDir)).toBe(path);
    const reopened = ProjectService.open(path, { readOnly: true });
    expect(reopened.load().site.name).toBe('My study');
    reopened.close();
    expect(sha(sampleDocumentPath())).toBe(before);
  });
});
