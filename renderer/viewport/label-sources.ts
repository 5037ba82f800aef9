import type { ScenarioReport } from '../../shared/analysis/index.ts';
import type { CatalogIndex } from '../../shared/catalog/catalog-index.ts';
import { equipmentBox } from '../../shared/geometry/floor-box.ts';
import { hallToSite, rowDepth, rowRectInHall } from '../../shared/geometry/plan.ts';
import { yardRect } from '../../shared/geometry/yard.ts';
import { formatLength } from '../editor/format-length.ts';
import type { SessionState } from '../editor/session.ts';
import type { DocumentStore } from '../editor/store.ts';
import { groupLabels } from './group-labels.ts';

export type LabelKind = 'hall' | 'dimension' | 'row' | 'group' | 'group-over' | 'yard' | 'equipment';

/** How a label sits against its anchor; the placement pass turns this into spots once the label is measured. */
export type LabelSide = 'above-start' | 'above-or-inside' | 'above-centre' | 'left' | 'ring' | 'inside-start' | 'centre';

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
  for (const hall of halls) {
    const at = (x: number, y: number) => hallToSite(hall, { x, y });
    const corner = at(0, 0);
    out.push({ key: `hall:${hall.id}`, id: hall.id, kind: 'hall', text: hall.name, x: corner.x, y: corner.y, h: 0, side: 'above-or-inside', priority: 100 });
    const top = at(hall.widthM / 2, 0);
    out.push({ key: `hall-w:${hall.id}`, id: null, kind: 'dimension', text: formatLength(hall.widthM, session.lengthUnit), x: top.x, y: top.y, h: 0, side: 'above-centre', priority: 50 });
    const side = at(0, hall.depthM / 2);
    out.push({ key: `hall-d:${hall.id}`, id: null, kind: 'dimension', text: formatLength(hall.depthM, session.lengthUnit), x: side.x, y: side.y, h: 0, side: 'left', priority: 50 });
    for (const row of store.childrenOf(hall.id, 'row')) {
      // The footprint's north-west corner on the site, whichever way the row faces: the name stands above it.
      const r = rowRectInHall(row, rowDepth(store, catalog, row));
      const a = at(r.minX, r.minY);
      const c = at(r.maxX, r.maxY);
      out.push({ key: `row:${row.id}`, id: row.id, kind: 'row', text: row.name, x: Math.min(a.x, c.x), y: Math.min(a.y, c.y), h: 2.4, side: 'above-start', priority: 90 });
    }
  }
  for (const g of groupLabels(report, session.colorMode, store)) {
    out.push({ key: `group:${g.id}`, id: g.id, kind: g.over ? 'group-over' : 'group', text: g.text, x: g.x, y: g.y, h: g.h, side: 'ring', priority: g.over ? 85 : 80 });
  }
  const yard = yardRect(store, catalog, scenario);
  if (yard) out.push({ key: 'yard', id: null, kind: 'yard', text: 'Yard', x: yard.minX, y: yard.minY, h: 0, side: 'inside-start', priority: 60 });
  for (const eq of store.all('equipment')) {
    if (eq.scenarioId !== scenario) continue;
    const box = equipmentBox(store, catalog, eq);
    if (!box) continue;
    out.push({ key: `eq:${eq.id}`, id: eq.id, kind: 'equipment', text: eq.name, x: box.x, y: box.y, h: box.h, side: 'centre', priority: 30, minPxPerM: EQUIPMENT_LABEL_PX_PER_M });
  }
  return out;
}
