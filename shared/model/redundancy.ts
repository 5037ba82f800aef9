import { z } from 'zod';

/** Redundancy of a group of units (a UPS lineup, a CDU group). See REFERENCE.md §6. */
export const Redundancy = z.enum(['N', 'N+1', '2N', '2N+1', 'block']);
export type Redundancy = z.infer<typeof Redundancy>;

export const CoolingRedundancy = z.enum(['N', 'N+1', '2N']);
export type CoolingRedundancy = z.infer<typeof CoolingRedundancy>;
