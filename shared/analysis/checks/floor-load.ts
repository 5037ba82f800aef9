import type { CheckInput } from '../../engine/bill-builder.ts';
import { fmt } from '../../engine/format.ts';
import type { RowLoad } from '../../engine/loads.ts';
import { called } from '../../model/called.ts';

/** Rows with racks heavier than the hall's floor rating over their own footprint. */
export function floorLoadChecks(rows: readonly RowLoad[]): CheckInput[] {
  const checks: CheckInput[] = [];
  for (const row of rows) {
    if (row.overweightRacks === 0) continue;
    checks.push({
      severity: 'warning',
      code: 'floor-load-exceeded',
      message: `${row.overweightRacks} racks in ${called('row', row.row.name)} load the floor above the hall's rating of ${fmt(row.hall.floorLoadKgPerM2)} kg/m² (rack weight over its footprint)`,
      subject: { type: 'row', id: row.row.id },
    });
  }
  return checks;
}
