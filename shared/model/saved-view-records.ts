import { z } from 'zod';
import { SavedViewId, ScenarioId, SiteId } from './ids.ts';

const finite = z.number().finite();

/** A point in the 3D view's world: metres, x east, y up, z south (site plan y). */
export const WorldPoint = z.object({ x: finite.min(-1e6).max(1e6), y: finite.min(-1e6).max(1e6), z: finite.min(-1e6).max(1e6) }).readonly();
export type WorldPoint = z.infer<typeof WorldPoint>;

/**
 * A camera view saved in the document for presenting: where the camera stands and looks, which scenario it shows, and
 * the caption the guided tour puts under it. The views hang under the site, so one tour can step from the As-is
 * scenario to Phase 1 and Phase 2; `order` is the tour's order. The key figures shown with a view are read from that
 * scenario's report when it is shown, never stored.
 */
export const SavedViewRecord = z
  .object({
    type: z.literal('savedView'),
    id: SavedViewId,
    siteId: SiteId,
    name: z.string().trim().min(1, 'must not be empty').max(120),
    order: z.number().int().nonnegative(),
    /** The scenario the view shows; null: whichever scenario is open. */
    scenarioId: ScenarioId.nullable(),
    caption: z.string().max(500),
    projection: z.enum(['perspective', 'plan']),
    position: WorldPoint,
    target: WorldPoint,
    /** Half the height of ground the plan camera shows, m (its zoom); kept for perspective views too, unused there. */
    planHalfHeightM: finite.positive().max(1e6),
  })
  .readonly();
export type SavedViewRecord = z.infer<typeof SavedViewRecord>;

/** Where a saved view's camera stands and looks: what the viewport reads and restores. */
export type CameraPose = Pick<SavedViewRecord, 'projection' | 'position' | 'target' | 'planHalfHeightM'>;
