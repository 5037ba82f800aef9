import { describe, expect, it } from 'vitest';
import { numberLimits, recordFieldSchema, type NumberLimits } from '../../renderer/app/field-limits.ts';
import { limitsPhrase } from '../../renderer/app/number-field.ts';
import { LOAD_FIELDS } from '../../shared/analysis/load-profile/index.ts';

// A number field reads the limits it shows before commit from the record schema at its dotted path. The fields of a
// list item (a demand-response event in the economics record, a planned stop in a hall's training profile) are
// reached through the item's index, so they show their limits like any other field.

const limitsAt = (type: 'economics' | 'hall', field: string): NumberLimits | null => {
  const schema = recordFieldSchema(type, field.split('.'));
  return schema ? numberLimits(schema) : null;
};

/** The limits a LOAD_FIELDS spec stands for, as numberLimits reads them from the schema it builds. */
const fromSpec = (spec: { min: number; max: number; integer?: boolean; minExclusive?: boolean }): NumberLimits => ({
  min: spec.min,
  minInclusive: !spec.minExclusive,
  max: spec.max,
  maxInclusive: true,
  integer: spec.integer ?? false,
  nullable: false,
});

describe('field limits inside lists', () => {
  it("reads each demand-response event field's limits at its index in the economics record", () => {
    expect(limitsAt('economics', 'inputs.demandResponse.0.startHour')).toEqual(fromSpec(LOAD_FIELDS.eventStartHour));
    expect(limitsAt('economics', 'inputs.demandResponse.3.hours')).toEqual(fromSpec(LOAD_FIELDS.eventHours));
    expect(limitsAt('economics', 'inputs.demandResponse.12.miningMaxMw')).toEqual(fromSpec(LOAD_FIELDS.eventMiningMaxMw));
  });

  it("reads a planned stop's limits in a training profile and in a mix's training part", () => {
    expect(limitsAt('hall', 'aiProfile.maintenance.0.startHour')).toEqual(fromSpec(LOAD_FIELDS.maintenanceStartHour));
    expect(limitsAt('hall', 'aiProfile.maintenance.1.hours')).toEqual(fromSpec(LOAD_FIELDS.maintenanceHours));
    expect(limitsAt('hall', 'aiProfile.training.maintenance.2.loadPct')).toEqual(fromSpec(LOAD_FIELDS.maintenanceLoadPct));
    // Fields beside the lists are read as before.
    expect(limitsAt('hall', 'aiProfile.trainingSharePct')).toEqual(fromSpec(LOAD_FIELDS.trainingSharePct));
  });

  it('gives the field the phrase the panel shows before commit', () => {
    const spec = { label: LOAD_FIELDS.eventHours.label, unit: 'hours', unitAliases: [], limits: limitsAt('economics', 'inputs.demandResponse.0.hours'), toStored: (v: number) => v };
    expect(limitsPhrase(spec, 'en-US')).toBe('must be a whole number from 1 to 8,760 hours');
  });

  it('finds nothing at a path that is not an item index or not a field', () => {
    expect(limitsAt('economics', 'inputs.demandResponse.first.hours')).toBeNull();
    expect(limitsAt('economics', 'inputs.demandResponse.0.nope')).toBeNull();
    expect(limitsAt('hall', 'aiProfile.maintenance.0')).toBeNull();
  });
});
