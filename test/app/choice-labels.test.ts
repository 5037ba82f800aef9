import { describe, expect, it } from 'vitest';
import { FireOccupancy, HallEnvelope, HeatRejectionMethod } from '../../shared/model/index.ts';
import { OPTIONS } from '../../renderer/app/schema-options.ts';
import { SITE_SECTIONS } from '../../renderer/app/site/site-sections.ts';

// The Site panel's choices showed schema values ('uninsulated-metal', 'cooling-towers', 'not-applied'); they read
// as words now, as the inspector's do, while the stored value stays the schema's.
const siteChoices = SITE_SECTIONS.flatMap((s) => s.fields.flatMap((f) => (f.kind === 'select' ? [f] : [])));
const optionsOf = (field: string) => siteChoices.find((f) => f.field === field)!.options;

describe('choice labels', () => {
  it('write the site records’ choices as words and keep each schema value', () => {
    expect(optionsOf('envelope')).toEqual(HallEnvelope.options.map((v) => [v, v.replace('-', ' ')]));
    expect(optionsOf('heatRejection')).toContainEqual(['immersion-dry-coolers', 'immersion dry coolers']);
    expect(optionsOf('heatRejection').map(([v]) => v)).toEqual(HeatRejectionMethod.options);
    for (const f of siteChoices) for (const [, label] of f.options) expect(label, f.label).not.toMatch(/[a-z]-[a-z]/);
  });

  it('leave codes as they are', () => {
    expect(optionsOf('occupancy')).toEqual(FireOccupancy.options.map((v) => [v, v]));
    expect(OPTIONS.powerRedundancy.map(([, label]) => label)).toContain('N+1');
    expect(OPTIONS.hallKind).toContainEqual(['new-build', 'new build']);
    expect(OPTIONS.fluid).toContainEqual(['pg25', 'PG25']);
  });
});
