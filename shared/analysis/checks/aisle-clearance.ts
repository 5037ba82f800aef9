import type { CheckInput } from '../../engine/bill-builder.ts';
import type { RowLoad } from '../../engine/loads.ts';
import { rowRectInHall, type Rect } from '../../geometry/plan.ts';
import type { HallRecord, RowRecord } from '../../model/index.ts';
import { fmt } from '../../engine/format.ts';
import { leavesHall, obstacleName, type FirstOverlap, type Obstacle } from './zones.ts';
import { called } from '../../model/called.ts';

const SIDES = ['front', 'rear'] as const;

export interface Clearances {
  readonly front: number;
  readonly rear: number;
}

/**
 * The strip from row-local y `y0` to `y0 + depth` along the whole row, in hall coordinates: `rectOf` of the point
 * (0, y0) of the row's frame, worked out without the points in between (called twice per row on every layout check).
 */
function stripInHall(row: RowRecord, y0: number, depth: number): Rect {
  const length = row.slotCount * row.slotWidthM;
  const { x, y } = row.origin;
  switch (row.rotation) {
    case 0:
      return { minX: x, minY: y + y0, maxX: x + length, maxY: y + y0 + depth };
    case 90:
      return { minX: x - y0 - depth, minY: y, maxX: x - y0, maxY: y + length };
    case 180:
      return { minX: x - length, minY: y - y0 - depth, maxX: x, maxY: y - y0 };
    case 270:
      return { minX: x + y0, minY: y - length, maxX: x + y0 + depth, maxY: y };
  }
}

/** Strips in front of and behind a row, in hall coordinates, as deep as the working clearances. */
function clearanceZone(row: RowRecord, depth: number, need: Clearances, side: 'front' | 'rear'): Rect {
  return side === 'front' ? stripInHall(row, depth, need.front) : stripInHall(row, -need.rear, need.rear);
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
    for (const side of SIDES) {
      const zone = clearanceZone(row, depthM, need, side);
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
