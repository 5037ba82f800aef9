import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { analyze } from '../../shared/analysis/index.ts';
import { compareScenarios } from '../../shared/analysis/retrofit/index.ts';
import type { ProjectDocument } from '../../shared/model/index.ts';

const catalog = loadCatalog();
const sample = JSON.parse(readFileSync('resources/samples/north-shore-campus.json', 'utf8')) as ProjectDocument;
const phase1 = sample.scenarios.find((s) => s.name === 'Phase 1 AI hall')!;
const asIs = sample.scenarios.find((s) => s.name === 'As-is mining')!;
const catalogIds = new RegExp(`\\b(${catalog.equipment.map((e) => e.id.replace(/[-/]/g, '\\$&')).join('|')})\\b`);

/**
 * What a user reads names things: the sample's Phase 1 bill (its compute fabric on QM9700 switches, its storage and
 * in-band fabric on SN5400 and SN3420) and its retrofit from the As-is site (tap-offs partly built: 368 needed, 320
 * built, 48 bought).
 */
describe('names in words, not ids', () => {
  it("names a fabric's group by its switch model, not its catalog id", () => {
    const groups = new Set(analyze(sample, catalog, phase1.id).lines.map((l) => l.groupName));
    expect(groups).toContain('Compute fabric: NVIDIA Quantum QM9700');
    expect(groups).toContain('Storage and in-band fabric: NVIDIA Spectrum-4 SN5400');
    for (const name of groups) expect(name).not.toMatch(catalogIds);
  });

  it('lists the assumed equipment and factors by name, each once', () => {
    const message = analyze(sample, catalog, phase1.id).checks.find((c) => c.code === 'assumed-input' && c.message.startsWith('Figures'))!.message;
    const factors = /Factors: (.*?)\.( Also|$)/.exec(message)![1]!.split('; ');
    expect(factors).toContain('Slack and vertical run added to every cable');
    expect(factors).toContain('Conversion: fire-resistance rating of structure and walls a converted data hall is brought to');
    expect(new Set(factors).size).toBe(factors.length);
    expect(message).not.toMatch(catalogIds);
  });

  it('says where the units already built stand, not which line id holds them', () => {
    const report = compareScenarios(sample, catalog, asIs.id, phase1.id, { asOf: '2026-12-01' });
    const tapOffs = report.lines.find((l) => l.catalogId === 'busway-tapoff' && l.quantity === 48 && l.group === 'hall-b3-ai')!;
    expect(tapOffs.derivation).toContain('= 368. Cost: 368 ea × $1,500 = $552,000; less the 320 ea already built in As-is mining (credited on the line before): 48 ea × $1,500 = $72,000');
    for (const line of report.lines) expect(line.derivation).not.toMatch(/@built|\(line [a-z]+\//);
  });
});
