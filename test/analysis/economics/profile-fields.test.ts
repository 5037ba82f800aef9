// A hall's AI profile as a form edits it: every number with its path, written back one at a time into a copy that the
// hall record's schema still accepts. By hand: the mix default lists its share, 4 training figures, 4 stops × 3
// figures and 4 inference figures = 1 + 4 + 12 + 4 = 21 fields.
import { describe, expect, it } from 'vitest';
import { aiProfileFields, AiProfile, defaultAiProfile, maintenanceOf, withMaintenance, withProfileValue } from '../../../shared/analysis/load-profile/index.ts';

describe('AI profile fields', () => {
  const mix = defaultAiProfile('mix');

  it('lists every number of a mix with its path and label', () => {
    const fields = aiProfileFields(mix);
    expect(fields).toHaveLength(21);
    expect(fields[0]).toEqual({ key: 'trainingSharePct', path: ['trainingSharePct'], label: 'Training share of the mix', value: 0.5 });
    expect(fields.find((f) => f.path.join('.') === 'training.maintenance.2.hours')).toMatchObject({ key: 'maintenanceHours', label: 'Maintenance length, stop 3', value: 24 });
    expect(fields.at(-1)).toMatchObject({ path: ['inference', 'weekendPct'], value: 0.85 });
  });

  it('writes one number, or the planned stops, into a copy the schema accepts', () => {
    const edited = withProfileValue(mix, ['training', 'maintenance', 1, 'loadPct'], 0.25);
    expect(maintenanceOf(edited)![1]!.loadPct).toBe(0.25);
    expect(maintenanceOf(mix)![1]!.loadPct).toBe(0.1);
    expect(AiProfile.safeParse(edited).success).toBe(true);
    const fewer = withMaintenance(edited, maintenanceOf(edited)!.slice(0, 1));
    expect(maintenanceOf(fewer)).toEqual([{ startHour: 1000, hours: 24, loadPct: 0.1 }]);
    expect(withMaintenance(defaultAiProfile('inference'), [])).toEqual(defaultAiProfile('inference'));
  });
});
