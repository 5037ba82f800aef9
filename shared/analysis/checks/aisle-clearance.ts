import type { CheckInput } from '../../engine/bill-builder.ts';
import type { RowLoad } from '../../engine/loads.ts';
import { rectOf, rowRectInHall, toParent, type Rect } from '../../geometry/plan.ts';
import type { HallRecord, RowRecord } from '../../model/index.ts';
import { fmt } from '../../engine/format.ts';
import { leavesHall, obstacleName, type FirstOverlap, type Obstacle } from './zones.ts';
import { called } from '../../model/called.ts';

export interface Clearances {
  readonly front: number;
  readonly rear: number;
}

/** Strips in front of and behind a row, in hall coordinates, as deep as the working clearances. */
export function clearanceZones(row: RowRecord, depth: number, need: Clearances): { front: Rect; rear: Rect } {
  const length = row.slotCount * row.slotWidthM;
  return {
    front: rectOf(toParent({ x: 0, y: depth }, row.origin, row.rotation), row.rotation, length, need.front),
    rear: rectOf(toParent({ x: 0, y: -need.rear }, row.origin, row.rotation), row.rotation, length, need.rear),
  };
}

/**
 * Rows whose front or rear working clearance (the catalog's sourced factors, TIA-942) is blocked by another row,
 * equipment or the hall wall: below it, racks cannot be installed or serviced.
 */
export function aisleClearanceChecks(
  hall: HallRecord,
  rows: readonly RowLoad[],
  near: FirstOverlap,
  need: Clearances,
): CheckInput[] {
  const checks: CheckInput[] = [];
  for (const { row, depthM } of rows) {
    const zones = clearanceZones(row, depthM, need);
    for (const side of ['front', 'rear'] as const) {
      const zone = zones[side];
      const wall = leavesHall(zone, hall.widthM, hall.depthM);
      const blocker = near(zone, row.id);
      if (!wall && !blocker) continue;
      checks.push({
        severity: 'warning',
        code: 'aisle-clearance',
        message: `${called('Row', row.name)} has less than ${fmt(need[side])} m clear ${side === 'front' ? 'in front' : 'behind'} (${blocker ? obstacleName(blocker) : 'the hall wall'} is closer; TIA-942 minimum)`,
        subject: { type: 'row', id: row.id },
      });
    }
  }
  return checks;
}

/** A row's footprint as an obstacle to the others. */
export function rowObstacle(row: RowLoad): Obstacle {
  return { id: row.row.id, name: row.row.name, kind: 'row', rect: rowRectInHall(row.row, row.depthM) };
}
