import { z } from 'zod';

/**
 * Power redundancy of a group of units, named as the Uptime Institute and vendors name the topologies
 * (REFERENCE.md §6): N, N+1 (one spare per lineup), 2N (two full systems), 2(N+1) (two systems, each N+1), and
 * block redundant (a reserve "catcher" block as large as the largest active block).
 */
export const REDUNDANCY_NAMES = ['N', 'N+1', '2N', '2(N+1)', 'block'] as const;
const RedundancyName = z.enum(REDUNDANCY_NAMES);

/**
 * Older files wrote the fault-tolerant mode as '2N+1'; it reads as '2(N+1)', the name the tiers use, so no stored
 * project needs a migration. Writes always use the new name.
 */
const Legacy2NPlus1 = z.literal('2N+1').transform((): '2(N+1)' => '2(N+1)');

export const Redundancy = Object.assign(z.union([RedundancyName, Legacy2NPlus1]), { options: RedundancyName.options });
export type Redundancy = z.infer<typeof RedundancyName>;

export const CoolingRedundancy = z.enum(['N', 'N+1', '2N']);
export type CoolingRedundancy = z.infer<typeof CoolingRedundancy>;
