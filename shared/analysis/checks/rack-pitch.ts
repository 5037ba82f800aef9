import type { CheckInput } from '../../engine/bill-builder.ts';
import { fmt } from '../../engine/format.ts';
import type { RowLoad } from '../../engine/loads.ts';
import { called } from '../../model/called.ts';

/** Rows whose slot pitch is narrower than their widest rack: the racks would collide with their neighbours. */
export function rackPitchChecks(rows: readonly RowLoad[]): CheckInput[] {
  const checks: CheckInput[] = [];
  for (const r of rows) {
    if (r.maxRackWidthM <= r.row.slotWidthM + 1e-6) continue;
    checks.push({
      severity: 'error',
      code: 'rack-pitch-too-narrow',
      message: `${called('Row', r.row.name)} has a slot pitch of ${fmt(r.row.slotWidthM, 3)} m, narrower than its widest rack (${fmt(r.maxRackWidthM, 3)} m): neighbouring racks overlap`,
      subject: { type: 'row', id: r.row.id },
    });
  }
  return checks;
}
