import type { RowLoad } from './loads.ts';

/** IT kW of the racks with GPUs (the load that swings in GPU transients) among some rows. */
export function gpuKw(rows: readonly RowLoad[]): number {
  let kw = 0;
  for (const row of rows) kw += row.gpuKw;
  return kw;
}
