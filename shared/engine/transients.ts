import type { BillBuilder } from './bill-builder.ts';
import type { RowLoad } from './loads.ts';

/** IT kW of the racks with GPUs (the load that swings in GPU transients) among some rows. */
export function gpuKw(bill: BillBuilder, rows: readonly RowLoad[]): number {
  let kw = 0;
  for (const row of rows) {
    for (const rack of row.members) {
      const profile = bill.index.findProfile(rack.profileId);
      if (profile && profile.gpus > 0) kw += rack.itKwOverride ?? profile.itKw;
    }
  }
  return kw;
}
