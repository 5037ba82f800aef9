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

/** A rectangle written in place: one per hall's check holds each strip while it is tested, then the next. */
type Strip = { -readonly [K in keyof Rect]: Rect[K] };

/**
 * The strip from row-local y `y0` to `y0 + depth` along the whole row, in hall coordinates, written into `into`:
 * `rectOf` of the point (0, y0) of the row's frame, worked out without the points in between (called twice per row
 * on every layout check, so without a new rectangle each time).
 */
function stripInHall(into: Strip, row: RowRecord, y0: number, depth: number): Strip {
  const length = row.slotCount * row.slotWidthM;
  const { x, y } = row.origin;
  switch (row.rotation) {
    case 0:
      into.minX = x;
      into.minY = y + y0;
      into.maxX = x + length;
      into.maxY = y + y0 + depth;
      break;
    case 90:
      into.minX = x - y0 - depth;
      into.minY = y;
      into.maxX = x - y0;
      into.maxY = y + length;
      break;
    case 180:
      into.minX = x - length;
      into.minY = y - y0 - depth;
      into.maxX = x;
      into.maxY = y - y0;
      break;
    case 270:
      into.minX = x + y0;
      into.minY = y - length;
      into.maxX = x + y0 + depth;
      into.maxY = y;
      break;
  }
  return into;
}

/** The strip in front of or behind a row, in hall coordinates, as deep as the working clearance (into `into`). */
function clearanceZone(into: Strip, row: RowRecord, depth: number, need: Clearances, side: 'front' | 'rear'): Rect {
  return side === 'front' ? stripInHall(into, row, depth, need.front) : stripInHall(into, row, -need.rear, need.rear);
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
  const strip: Strip = { minX: 0, minY: 0, maxX: 0, maxY: 0 };
  for (const { row, depthM } of rows) {
    for (const side of SIDES) {
      const zone = clearanceZone(strip, row, depthM, need, side);
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
