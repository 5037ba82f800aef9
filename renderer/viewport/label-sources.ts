import type { ScenarioReport } from '../../shared/analysis/index.ts';
import type { RowRecord } from '../../shared/model/index.ts';
import type { CatalogIndex } from '../../shared/catalog/catalog-index.ts';
import { equipmentBox, hallBox, rowBoxIn, type FloorBox } from '../../shared/geometry/floor-box.ts';
import { hallToSite, rowDepth, rowRectInHall } from '../../shared/geometry/plan.ts';
import { yardRect } from '../../shared/geometry/yard.ts';
import { formatLength } from '../editor/format-length.ts';
import type { SessionState } from '../editor/session.ts';
import type { DocumentStore } from '../editor/store.ts';
import { groupLabels } from './group-labels.ts';

export type LabelKind = 'hall' | 'dimension' | 'row' | 'group' | 'group-over' | 'yard' | 'equipment';

/**
 * How a label sits against its anchor or its hall; the placement pass turns this into spots once the label is
 * measured: beside either end of what it names (a row), outside its hall along the hall's first edge from its
 * corner (a hall's name), outside along the width or depth edge it measures (a dimension), or around its anchor.
 */
export type LabelSide = 'beside-ends' | 'outside-start' | 'along-width' | 'along-depth' | 'ring' | 'inside-start' | 'centre';

/** A label anchored at a world point (site x, height h, site y), before it is projected and placed. */
export interface WorldLabel {
  readonly key: string;
  /** The record a click on the label selects, if any. */
  readonly id: string | null;
  readonly kind: LabelKind;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly h: number;
  readonly side: LabelSide;
  readonly priority: number;
  /** Equipment names show only at close zoom: at least this many screen px per metre. */
  readonly minPxPerM?: number;
  /** What the label names, as drawn (a row's or equipment's box): no other label may cover it. */
  readonly body?: FloorBox;
  /**
   * The hall the label stands by: hall names and dimensions sit outside it, row names inside or wholly outside, and
   * a loop's or feed's figures move out beside its nearest wall when there is no room among the rows.
   */
  readonly hall?: FloorBox;
}

/** The height of a row's tallest rack, or a standard rack's when it has none: the top of what is drawn. */
function rowHeight(store: DocumentStore, catalog: CatalogIndex, row: RowRecord): number {
  let height = 0;
  for (const rack of store.childrenOf(row.id, 'rack')) height = Math.max(height, catalog.rackSize(rack.profileId).heightM);
  return height || catalog.rackSize('').heightM;
}

/** Below this many screen pixels per metre an equipment name would not sit on its box. */
const EQUIPMENT_LABEL_PX_PER_M = 14;

/**
 * Every label of the open scenario: halls with their dimensions, rows, the loops' or feeds' load against capacity
 * (by colour mode), the yard and the equipment names. Figures come from the report, places from the geometry.
 */
export function worldLabels(store: DocumentStore, catalog: CatalogIndex, session: SessionState, report: ScenarioReport): WorldLabel[] {
  const out: WorldLabel[] = [];
  const scenario = session.scenarioId;
  const halls = store.all('hall').filter((h) => h.scenarioId === scenario);
  const outlines = new Map(halls.map((h) => [h.id, hallBox(h)]));
  for (const hall of halls) {
    const at = (x: number, y: number) => hallToSite(hall, { x, y });
    const outline = outlines.get(hall.id)!;
    const corner = at(0, 0);
    out.push({ key: `hall:${hall.id}`, id: hall.id, kind: 'hall', text: hall.name, x: corner.x, y: corner.y, h: 0, side: 'outside-start', priority: 100, hall: outline });
    const top = at(hall.widthM / 2, 0);
    out.push({ key: `hall-w:${hall.id}`, id: null, kind: 'dimension', text: formatLength(hall.widthM, session.lengthUnit), x: top.x, y: top.y, h: 0, side: 'along-width', priority: 50, hall: outline });
    const side = at(0, hall.depthM / 2);
    out.push({ key: `hall-d:${hall.id}`, id: null, kind: 'dimension', text: formatLength(hall.depthM, session.lengthUnit), x: side.x, y: side.y, h: 0, side: 'along-depth', priority: 50, hall: outline });
    for (const row of store.childrenOf(hall.id, 'row')) {
      const depth = rowDepth(store, catalog, row);
      const r = rowRectInHall(row, depth);
      const a = at(r.minX, r.minY);
      const c = at(r.maxX, r.maxY);
      const body = rowBoxIn(hall, row, depth, rowHeight(store, catalog, row));
      out.push({ key: `row:${row.id}`, id: row.id, kind: 'row', text: row.name, x: Math.min(a.x, c.x), y: Math.min(a.y, c.y), h: body.h, side: 'beside-ends', priority: 90, body, hall: outline });
    }
  }
  for (const g of groupLabels(report, session.colorMode, store)) {
    const hallId = (store.get(g.id, 'coolingLoop') ?? store.get(g.id, 'powerFeed'))?.hallId;
    const hall = hallId === undefined ? undefined : outlines.get(hallId);
    out.push({ key: `group:${g.id}`, id: g.id, kind: g.over ? 'group-over' : 'group', text: g.text, x: g.x, y: g.y, h: g.h, side: 'ring', priority: g.over ? 85 : 80, ...(hall ? { hall } : {}) });
  }
  const yard = yardRect(store, catalog, scenario);
  if (yard) out.push({ key: 'yard', id: null, kind: 'yard', text: 'Yard', x: yard.minX, y: yard.minY, h: 0, side: 'inside-start', priority: 60 });
  for (const eq of store.all('equipment')) {
    if (eq.scenarioId !== scenario) continue;
    const box = equipmentBox(store, catalog, eq);
    if (!box) continue;
    out.push({ key: `eq:${eq.id}`, id: eq.id, kind: 'equipment', text: eq.name, x: box.x, y: box.y, h: box.h, side: 'centre', priority: 30, minPxPerM: EQUIPMENT_LABEL_PX_PER_M, body: box });
  }
  return out;
}
