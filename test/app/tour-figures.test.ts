import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/analysis/index.ts';
import { tourFigures } from '../../renderer/app/presentation/tour-figures.ts';
import { BLOCK_SCENARIO, blockProject, catalog } from '../engine/fixtures.ts';

// Presentation mode's figures are written as the side panel writes the same figures: the annual and the design-day
// PUE (the annual one was labelled 'Design PUE') to two decimals (the panel's "1.17", which the tour showed as
// "1.173"), loads in MW to two, counts whole.
describe('tourFigures', () => {
  const doc = blockProject({ profileId: 'gb200-nvl72', count: 12 });
  const report = analyze(doc, catalog, BLOCK_SCENARIO);
  const figures = tourFigures(report, doc, catalog, false);
  const text = (label: string) => figures.find((f) => f.label === label)?.text;

  it('writes the annual and the design-day PUE, each to two decimals as the side panel does', () => {
    expect(text('Annual PUE')).toBe(report.summary.pue.toFixed(2));
    expect(text('Design-day PUE')).toBe(report.summary.designDayPue.toFixed(2));
    expect(report.summary.designDayPue).not.toBe(report.summary.pue);
  });

  it('writes the IT load in MW to two decimals and the racks whole', () => {
    expect(text('IT load')).toBe(`${(report.summary.itKw / 1000).toFixed(2)} MW`);
    expect(text('Racks')).toBe('12');
  });
});
