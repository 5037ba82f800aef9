import type { CatalogIndex } from '../../catalog/catalog-index.ts';
import type { CheckInput } from '../../engine/bill-builder.ts';
import type { HallLoad } from '../../engine/loads.ts';
import { equipmentRect } from '../../geometry/plan.ts';
import type { EquipmentRecord } from '../../model/index.ts';
import { aisleClearanceChecks, rowObstacle } from './aisle-clearance.ts';
import { containmentOrientationChecks } from './containment-orientation.ts';
import { hallEquipmentChecks } from './equipment-placement.ts';
import { floorLoadChecks } from './floor-load.ts';
import { rackPitchChecks } from './rack-pitch.ts';
import { obstacleGrid } from './zones.ts';

/** Every layout check of one hall: clearances, pitch, containment, equipment placement, floor load. */
export function hallGeometryChecks(hall: HallLoad, equipment: readonly EquipmentRecord[], index: CatalogIndex): CheckInput[] {
  const near = obstacleGrid([
    ...hall.rows.map(rowObstacle),
    ...equipment.map((e) => ({ id: e.id, name: e.name, kind: 'equipment' as const, rect: equipmentRect(e, index) })),
  ]);
  const clearances = { front: index.factor('front-clearance-m'), rear: index.factor('rear-clearance-m') };
  return [
    ...aisleClearanceChecks(hall.hall, hall.rows, near, clearances),
    ...rackPitchChecks(hall.rows),
    ...containmentOrientationChecks(hall.rows),
    ...hallEquipmentChecks(hall.hall, equipment, near, index),
    ...floorLoadChecks(hall.rows),
  ];
}
