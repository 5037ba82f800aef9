import type { BillBuilder } from './bill-builder.ts';
import { fmt } from './format.ts';
import type { HallLoad, RowLoad } from './loads.ts';

/**
 * GPU load transients: NVL72-class racks swing to ~1.4 × their steady power (training steps, checkpoints). The UPS
 * must ride the peak within its short-time overload, and the generators must take the swing as a load step.
 */

/** IT kW of the racks with GPUs (the swinging load) among some rows. */
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

/** Peak kVA of a lineup set at the transient against what its frames carrying load ride in overload. */
export function upsTransientCheck(bill: BillBuilder, hall: HallLoad, rows: readonly RowLoad[], loadKva: number, usableKva: number): void {
  const f = bill.index;
  const swingKva = ((f.factor('gpu-transient-factor') - 1) * gpuKw(bill, rows)) / f.factor('power-factor');
  if (swingKva <= 0) return;
  const peak = loadKva + swingKva;
  const limit = usableKva * f.factor('ups-overload-ratio');
  if (peak > limit) {
    bill.check({
      severity: 'warning', code: 'gpu-transient-exceeds',
      message: `${hall.hall.name} UPS: GPU racks swinging to ${fmt(f.factor('gpu-transient-factor'))} × steady power peak at ${fmt(loadKva)} + ${fmt(swingKva)} = ${fmt(peak)} kVA, above the ${fmt(usableKva)} kVA carrying load × ${fmt(f.factor('ups-overload-ratio'))} overload = ${fmt(limit)} kVA; size the lineups for the peak or confirm the vendor's overload rating`,
      subject: { type: 'hall', id: hall.hall.id },
    });
  }
}

/** The GPU swing as a generator load step against the step the sets carrying load accept. */
export function generatorStepCheck(bill: BillBuilder, hall: HallLoad, usableKw: number): void {
  const f = bill.index;
  const swing = (f.factor('gpu-transient-factor') - 1) * gpuKw(bill, hall.rows);
  if (swing <= 0) return;
  const step = usableKw * f.factor('generator-step-fraction');
  if (swing > step) {
    bill.check({
      severity: 'warning', code: 'gpu-transient-exceeds',
      message: `${hall.hall.name} generators: the GPU swing of ${fmt(f.factor('gpu-transient-factor') - 1)} × ${fmt(gpuKw(bill, hall.rows))} kW = ${fmt(swing)} kW is a larger load step than the ${fmt(usableKw)} kW of sets carrying load accept (× ${fmt(f.factor('generator-step-fraction'))} = ${fmt(step)} kW); add sets or ride the swing on the UPS`,
      subject: { type: 'hall', id: hall.hall.id },
    });
  }
}
