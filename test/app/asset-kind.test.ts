import { describe, expect, it } from 'vitest';
import { EquipmentKind } from '../../shared/catalog/schema.ts';
import { assetKindWords } from '../../renderer/app/retrofit/asset-kind.ts';

// The Compare tab's asset table showed kinds as schema ids ('cdu', 'hv-transformer').
describe('assetKindWords', () => {
  it('writes acronyms in capitals and the other words spaced', () => {
    expect(assetKindWords('cdu')).toBe('CDU');
    expect(assetKindWords('ups')).toBe('UPS');
    expect(assetKindWords('hv-transformer')).toBe('HV transformer');
    expect(assetKindWords('dc-busway')).toBe('DC busway');
    expect(assetKindWords('heat-rejection')).toBe('heat rejection');
    expect(assetKindWords('substation')).toBe('substation');
  });

  it('leaves no kind of the catalog as a lower-case id with hyphens', () => {
    for (const kind of EquipmentKind.options) expect(assetKindWords(kind)).not.toMatch(/-|^(cdu|ups|pdu|crah|rdhx|wan)$/);
  });
});
