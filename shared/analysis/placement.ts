import type { CatalogIndex } from '../catalog/catalog-index.ts';
import type { HallLoad, RowLoad } from '../engine/loads.ts';
import { equipmentBoxIn, hallBox, rackBoxIn, rowBoxIn } from '../geometry/floor-box.ts';
import { loopRouteOf, routeLength } from '../geometry/pipe-route.ts';
import { hallToSite } from '../geometry/plan.ts';
import type { CoolingLoopRecord, EquipmentRecord } from '../model/index.ts';
import { Memo } from './memo.ts';
import type { Placement, PlacedRoute, PlacedRow } from './report-schema.ts';

/** What one hall contributes to the placement, and the length of each of its loops' pipe runs. */
export interface HallPlacement {
  readonly hall: Placement['halls'][number];
  /** The rows and their racks, placed when first asked for (most readers of a live report never need them). */
  rows(): PlacedRow[];
  readonly equipment: Placement['equipment'];
  readonly routes: PlacedRoute[];
  readonly routeLengths: ReadonlyMap<string, number>;
}

/**
 * A row as it stood when a report was made: row loads are re-summed in place by later analyses, so a placement
 * read later must not read them back.
 */
interface RowSnapshot {
  readonly load: RowLoad;
  readonly version: number;
  readonly row: RowLoad['row'];
  readonly hall: RowLoad['hall'];
  readonly members: RowLoad['members'];
  readonly depthM: number;
}

const snapshot = (load: RowLoad): RowSnapshot => ({ load, version: load.version, row: load.row, hall: load.hall, members: load.members, depthM: load.depthM });

/** Places each row's racks; a row is placed again only when it was re-summed or its row or hall record changed. */
export class RowPlacer {
  private readonly memo = new Memo<RowLoad, PlacedRow>();

  constructor(private readonly index: CatalogIndex) {}

  place(row: RowSnapshot): PlacedRow {
    return this.memo.get(row.load, [row.version, row.row, row.hall], () => {
      const racks = row.members.map((rack) => ({ id: rack.id, label: rack.label, profileId: rack.profileId, box: rackBoxIn(row.hall, row.row, rack, this.index) }));
      const heightM = racks.reduce((h, r) => Math.max(h, r.box.h), 0);
      return {
        id: row.row.id,
        hallId: row.hall.id,
        name: row.row.name,
        depthM: row.depthM,
        box: rowBoxIn(row.hall, row.row, row.depthM, heightM || this.index.rackSize('').heightM),
        racks,
      };
    });
  }
}

/** The hall's box, its rows and racks, its equipment, and its loops' pipe routes in site coordinates. */
export function placeHall(
  hall: HallLoad,
  equipment: readonly EquipmentRecord[],
  loops: readonly CoolingLoopRecord[],
  equipmentById: ReadonlyMap<string, EquipmentRecord>,
  rows: RowPlacer,
  index: CatalogIndex,
): HallPlacement {
  const record = hall.hall;
  const routes: PlacedRoute[] = [];
  const routeLengths = new Map<string, number>();
  const snapshots = hall.rows.map(snapshot);
  for (const loop of loops) {
    const served = hall.rows.filter((r) => r.row.coolingLoopId === loop.id).map((r) => ({ row: r.row, depthM: r.depthM }));
    const first = loop.cduIds.length > 0 ? equipmentById.get(loop.cduIds[0]!) : undefined;
    const route = loopRouteOf(loop, first, served, index);
    const lengthM = routeLength(route.points);
    routeLengths.set(loop.id, lengthM);
    routes.push({ loopId: loop.id, hallId: record.id, automatic: route.automatic, points: route.points.map((p) => hallToSite(record, p)), lengthM });
  }
  return {
    hall: { id: record.id, name: record.name, kind: record.kind, box: hallBox(record) },
    rows: () => snapshots.map((r) => rows.place(r)),
    equipment: equipment.map((e) => ({ id: e.id, hallId: e.hallId, name: e.name, catalogId: e.catalogId, kind: index.kindOf(e.catalogId) ?? null, box: equipmentBoxIn(record, e, index) })),
    routes,
    routeLengths,
  };
}

/** Equipment in the outdoor yard (no hall), site coordinates. */
export function placeYard(equipment: readonly EquipmentRecord[], index: CatalogIndex): Placement['equipment'] {
  return equipment.map((e) => ({ id: e.id, hallId: null, name: e.name, catalogId: e.catalogId, kind: index.kindOf(e.catalogId) ?? null, box: equipmentBoxIn(undefined, e, index) }));
}
