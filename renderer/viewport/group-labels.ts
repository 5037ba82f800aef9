import type { GroupFigure, ScenarioReport } from '../../shared/analysis/index.ts';
import type { ColorMode } from '../editor/session.ts';
import type { DocumentStore } from '../editor/store.ts';
import { hallToSite, toParent } from '../../shared/geometry/plan.ts';

/** A loop's or a feed's load against its usable capacity, anchored in site coordinates at height h. */
export interface GroupLabel {
  readonly id: string;
  readonly text: string;
  readonly over: boolean;
  readonly x: number;
  readonly y: number;
  readonly h: number;
}

const whole = (n: number) => Math.round(n).toLocaleString('en-US');

function text(g: GroupFigure): string {
  const flow = g.flowLpm !== null && g.usableFlowLpm !== null ? ` · ${whole(g.flowLpm)} / ${whole(g.usableFlowLpm)} L/min` : '';
  return `${g.name} ${whole(g.load)} / ${whole(g.usableCapacity ?? 0)} ${g.unit}${flow}`;
}

/**
 * In-place labels from the report's group figures (the numbers the capacity checks are raised from): loops at
 * the start of their pipe run in the loop colour modes, feeds at the far end of their first row in the feed mode
 * (the row's name stands at its start).
 */
export function groupLabels(report: ScenarioReport, mode: ColorMode, store: DocumentStore): GroupLabel[] {
  const routes = new Map(report.placement.routes.map((r) => [r.loopId, r]));
  const kind = mode === 'feed' ? 'powerFeed' : 'coolingLoop';
  return report.groups.flatMap((g) => {
    if (g.kind !== kind || g.subject?.type !== kind) return [];
    const over = g.utilisation !== null && g.utilisation > 1;
    if (kind === 'coolingLoop') {
      const start = routes.get(g.id)?.points[0];
      return start ? [{ id: g.id, text: text(g), over, x: start.x, y: start.y, h: 3.4 }] : [];
    }
    const feed = store.get(g.id, 'powerFeed');
    const hall = feed && store.get(feed.hallId, 'hall');
    const row = feed && store.childrenOf(feed.hallId, 'row').find((r) => r.feedAId === g.id || r.feedBId === g.id);
    if (!feed || !hall || !row) return [];
    const p = hallToSite(hall, toParent({ x: row.slotCount * row.slotWidthM, y: 0 }, row.origin, row.rotation));
    return [{ id: g.id, text: text(g), over, x: p.x, y: p.y, h: 2.4 }];
  });
}
