import { z } from 'zod';
import { HallConstructionId, HallId } from './ids.ts';

// How a hall's building is built. Its floor area (width × depth), clear height and slab load are the hall's own
// fields (ceilingHeightM, floorLoadKgPerM2); this record holds the rest: what the roof structure can carry
// hung from it, the envelope, the fire rating and the fire-code occupancy it is permitted for. It hangs under its
// hall, so a scenario copy copies it with the hall (and remembers where it came from).

export const HallEnvelope = z.enum(['insulated', 'uninsulated-metal', 'open-sided']);
export type HallEnvelope = z.infer<typeof HallEnvelope>;

/** The occupancy group the building is permitted for (IBC chapter 3): F-1 factory, S-1 storage, U utility, B business. */
export const FireOccupancy = z.enum(['F-1', 'S-1', 'U', 'B']);
export type FireOccupancy = z.infer<typeof FireOccupancy>;

export const HallConstructionRecord = z
  .object({
    type: z.literal('hallConstruction'),
    id: HallConstructionId,
    hallId: HallId,
    name: z.string().trim().min(1, 'must not be empty').max(120),
    /** Load the roof structure can carry hung from it (busway, pipe, trays), kg per m² of floor. */
    roofLoadKgPerM2: z.number().finite().nonnegative().max(10_000),
    envelope: HallEnvelope,
    /** Fire-resistance rating of the structure and walls, hours. */
    fireRatingHours: z.number().finite().min(0).max(4),
    occupancy: FireOccupancy,
    yearBuilt: z.number().int().min(1900, 'must be a year from 1900 on').max(2200, 'must be a year before 2200').nullable(),
    originId: z.string().min(1).max(64).optional(),
  })
  .readonly();
export type HallConstructionRecord = z.infer<typeof HallConstructionRecord>;
