import { z } from 'zod';
import { BillLine, BillSummary, Check, GroupFigure } from '../engine/bill-schema.ts';

/** A box standing on the floor, site plan coordinates: centre (x, y), rotation in degrees, size w × d × h in metres. */
export const FloorBoxSchema = z.object({
  x: z.number(),
  y: z.number(),
  rotation: z.number(),
  w: z.number().nonnegative(),
  d: z.number().nonnegative(),
  h: z.number().nonnegative(),
});

const PlanPoint = z.object({ x: z.number(), y: z.number() });

export const PlacedRack = z.object({ id: z.string(), label: z.string(), profileId: z.string(), box: FloorBoxSchema });

export const PlacedRow = z.object({
  id: z.string(),
  hallId: z.string(),
  name: z.string(),
  /** Deepest rack of the row, or a standard rack when empty. */
  depthM: z.number().nonnegative(),
  box: FloorBoxSchema,
  racks: z.array(PlacedRack),
});
export type PlacedRow = z.infer<typeof PlacedRow>;

export const PlacedHall = z.object({ id: z.string(), name: z.string(), kind: z.string(), box: FloorBoxSchema });

export const PlacedEquipment = z.object({
  id: z.string(),
  hallId: z.string().nullable(),
  name: z.string(),
  catalogId: z.string(),
  kind: z.string().nullable(),
  box: FloorBoxSchema,
});

export const PlacedRoute = z.object({
  loopId: z.string(),
  hallId: z.string(),
  /** True when the route is the automatic one (first CDU to each row manifold); false when drawn. */
  automatic: z.boolean(),
  /** Site plan coordinates, metres. */
  points: z.array(PlanPoint),
  lengthM: z.number().nonnegative(),
});
export type PlacedRoute = z.infer<typeof PlacedRoute>;

/** Where everything drawn stands: what the viewport, a GLB, a DXF or a plan drawing needs. */
export const Placement = z.object({
  halls: z.array(PlacedHall),
  rows: z.array(PlacedRow),
  equipment: z.array(PlacedEquipment),
  routes: z.array(PlacedRoute),
  /** The outdoor yard around equipment outside every hall, site coordinates; null while there is none. */
  yard: z.object({ minX: z.number(), minY: z.number(), maxX: z.number(), maxY: z.number() }).nullable(),
});
export type Placement = z.infer<typeof Placement>;

/**
 * Everything an engineer reads about one scenario, computed once in shared/analysis: the app, the CLI, the
 * contract and every export read this object and nothing else.
 */
export const ScenarioReport = z.object({
  scenarioId: z.string(),
  summary: BillSummary,
  lines: z.array(BillLine),
  checks: z.array(Check),
  groups: z.array(GroupFigure),
  placement: Placement,
});
export type ScenarioReport = z.infer<typeof ScenarioReport>;
