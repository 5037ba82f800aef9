import type { CatalogIndex } from '../../catalog/catalog-index.ts';
import type { CheckInput } from '../../engine/bill-builder.ts';
import { fmt } from '../../engine/format.ts';
import type { RowLoad } from '../../engine/loads.ts';

/**
 * Racks naming a power-capping preset their profile does not have (a catalog update dropped it, or a file from
 * elsewhere): the engine sizes them at the profile's full figure, and says so.
 */
export function powerCapPresetChecks(rows: readonly RowLoad[], index: CatalogIndex): CheckInput[] {
  const checks: CheckInput[] = [];
  for (const r of rows) {
    if (r.presetRacks === 0) continue;
    for (const rack of r.members) {
      if (rack.powerCapPresetId === undefined || rack.itKwOverride !== null) continue;
      const profile = index.findProfile(rack.profileId);
      if (!profile || profile.powerCapPresets?.some((p) => p.id === rack.powerCapPresetId)) continue;
      checks.push({
        severity: 'warning',
        code: 'power-cap-preset-unknown',
        message: `Rack ${rack.label || rack.id} names the power-capping preset '${rack.powerCapPresetId}', which ${profile.name} does not have: it is sized uncapped at ${fmt(profile.itKw)} kW`,
        subject: { type: 'rack', id: rack.id },
      });
    }
  }
  return checks;
}
