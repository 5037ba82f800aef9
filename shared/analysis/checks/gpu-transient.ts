import type { CatalogIndex } from '../../catalog/catalog-index.ts';
import type { CheckInput } from '../../engine/bill-builder.ts';
import { fmt } from '../../engine/format.ts';
import type { HallTransients } from '../../engine/power.ts';
import type { HallRecord } from '../../model/index.ts';

/**
 * GPU load transients: NVL72-class racks swing to ~1.4 × their steady power (training steps, checkpoints). The
 * UPS lineups must ride the peak within their short-time overload, and the generators must take the swing as a
 * load step.
 */
export function gpuTransientChecks(hall: HallRecord, transients: HallTransients, index: CatalogIndex): CheckInput[] {
  const factor = index.factor('gpu-transient-factor');
  const checks: CheckInput[] = [];
  const { ups, generators } = transients;
  if (ups && ups.gpuKw > 0) {
    const swingKva = ((factor - 1) * ups.gpuKw) / index.factor('power-factor');
    const peak = ups.loadKva + swingKva;
    const limit = ups.usableKva * index.factor('ups-overload-ratio');
    if (peak > limit) {
      checks.push({
        severity: 'warning', code: 'gpu-transient-exceeds',
        message: `${hall.name} UPS: GPU racks swinging to ${fmt(factor)} × steady power peak at ${fmt(ups.loadKva)} + ${fmt(swingKva)} = ${fmt(peak)} kVA, above the ${fmt(ups.usableKva)} kVA carrying load × ${fmt(index.factor('ups-overload-ratio'))} overload = ${fmt(limit)} kVA; size the lineups for the peak or confirm the vendor's overload rating`,
        subject: { type: 'hall', id: hall.id },
      });
    }
  }
  if (generators && generators.gpuKw > 0) {
    const swing = (factor - 1) * generators.gpuKw;
    const step = generators.usableKw * index.factor('generator-step-fraction');
    if (swing > step) {
      checks.push({
        severity: 'warning', code: 'gpu-transient-exceeds',
        message: `${hall.name} generators: the GPU swing of ${fmt(factor - 1)} × ${fmt(generators.gpuKw)} kW = ${fmt(swing)} kW is a larger load step than the ${fmt(generators.usableKw)} kW of sets carrying load accept (× ${fmt(index.factor('generator-step-fraction'))} = ${fmt(step)} kW); add sets or ride the swing on the UPS`,
        subject: { type: 'hall', id: hall.id },
      });
    }
  }
  return checks;
}
