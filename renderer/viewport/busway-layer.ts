import type { CatalogIndex } from '../../shared/catalog/catalog-index.ts';
import { hallToSite, rowDepth, toParent } from '../../shared/geometry/plan.ts';
import type { DocumentStore } from '../editor/store.ts';
import { GroupPalette } from './group-palette.ts';
import { LineBatch } from './line-batch.ts';
import { distanceToSegment } from './pipe-pick.ts';

/** How high the busways run over the rows, m (over a standard rack's top). */
const BUSWAY_HEIGHT = 2.6;
/** How far out from the row's front (A) and back (B) edge each side's busway is drawn, m: beside the racks, so a
 * click on it is not a click on a rack. */
const OUTSET = 0.2;
const B_SIDE_COLOR = 0x9aa5b5;

/** One feed's run along one row, site coordinates. */
interface Run {
  readonly feedId: string;
  readonly a: { x: number; y: number };
  readonly b: { x: number; y: number };
}

/**
 * The power feeds' busways along the rows they serve, drawn in the feed colour mode: the A side along each row's
 * front in the feed's colour, the B side along its back. They are picked on screen, as the pipe runs are.
 */
export class BuswayLayer {
  private readonly lines = new LineBatch({ depthTest: false, renderOrder: 4 });
  private runs: Run[] = [];

  get object() {
    return this.lines.object;
  }

  /** Rebuilds the runs of the open scenario (after a change), or clears them when `shown` is false. */
  set(store: DocumentStore, catalog: CatalogIndex, scenarioId: string, shown: boolean): void {
    this.runs = [];
    this.lines.begin();
    if (shown) {
      const palette = new GroupPalette(store, scenarioId, 'powerFeed');
      for (const hall of store.all('hall')) {
        if (hall.scenarioId !== scenarioId) continue;
        for (const row of store.childrenOf(hall.id, 'row')) {
          const length = row.slotCount * row.slotWidthM;
          const depth = rowDepth(store, catalog, row);
          const at = (x: number, y: number) => hallToSite(hall, toParent({ x, y }, row.origin, row.rotation));
          const side = (feedId: string | null, y: number, color: number) => {
            if (!feedId) return;
            const run = { feedId, a: at(0, y), b: at(length, y) };
            this.runs.push(run);
            this.lines.segment(run.a.x, BUSWAY_HEIGHT, run.a.y, run.b.x, BUSWAY_HEIGHT, run.b.y, color);
          };
          side(row.feedAId, -OUTSET, palette.colorOf(row.feedAId));
          side(row.feedBId, depth + OUTSET, B_SIDE_COLOR);
        }
      }
    }
    this.lines.end();
  }

  /** The feed whose busway passes within `tolerance` px of a screen point, nearest first. */
  feedNear(toScreen: (x: number, h: number, y: number) => { x: number; y: number } | null, px: number, py: number, tolerance: number): string | null {
    let best: { id: string; d: number } | null = null;
    for (const run of this.runs) {
      const a = toScreen(run.a.x, BUSWAY_HEIGHT, run.a.y);
      const b = toScreen(run.b.x, BUSWAY_HEIGHT, run.b.y);
      if (!a || !b) continue;
      const d = distanceToSegment(px, py, a.x, a.y, b.x, b.y);
      if (d <= tolerance && (!best || d < best.d)) best = { id: run.feedId, d };
    }
    return best?.id ?? null;
  }

  dispose(): void {
    this.lines.dispose();
  }
}
