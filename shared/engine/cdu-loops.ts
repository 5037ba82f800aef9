import type { EquipmentItem } from '../catalog/schema.ts';
import type { BillBuilder } from './bill-builder.ts';
import { creditBuilt, topUpBuilt } from './built-units.ts';
import type { LoopSummary } from './bill-schema.ts';
import { pipeDn } from './coolant-flow.ts';
import { fmt } from './format.ts';
import { groupFigure } from './group-figure.ts';
import { rowLengthM, sumRows, type HallLoad } from './loads.ts';
import type { LoopGroup } from './loop-groups.ts';
import { sizeLoopOnExisting } from './loop-on-existing.ts';
import { sizeIsolation, sizePipeRun } from './piping.ts';
import { redundancyText, unitsWithRedundancy, usableUnits } from './redundancy.ts';
import { chooseUnit } from './select-unit.ts';

/**
 * CDUs of one loop: placed ones checked against its heat and flow, kept ones credited, or the engine's choice
 * (max of the heat and the flow limit) at the loop's redundancy; then the loop's pipe and isolation.
 */
export function sizeLoop(group: LoopGroup, hall: HallLoad, lpmPerKw: number, bill: BillBuilder): LoopSummary {
  const heatKw = sumRows(group.rows, 'liquidKw');
  const flowLpm = heatKw * lpmPerKw;
  const dn = pipeDn(flowLpm, bill.index.factor('pipe-velocity-m-s'));
  const flowText = `${fmt(heatKw)} kWt × ${fmt(lpmPerKw, 3)} L/min/kW = ${fmt(flowLpm, 0)} L/min; main pipe DN${dn} at ≤ ${fmt(bill.index.factor('pipe-velocity-m-s'))} m/s`;
  const summary = { id: group.id, name: group.name, heatKw, flowLpm, pipeDn: dn };
  if (heatKw <= 0 && group.placedCdus.length === 0 && group.kept.length === 0) return summary;
  if (group.kept.length > 0) {
    sizeLoopOnExisting(group, hall, { heatKw, flowLpm, flowText }, bill);
    return summary;
  }
  if (group.placedCdus.length > 0) {
    const counts = new Map<string, number>();
    for (const c of group.placedCdus) counts.set(c, (counts.get(c) ?? 0) + 1);
    const units = [...counts].map(([id, count]) => ({ item: bill.index.requireItem(id), count }));
    const installed = group.placedCdus.length;
    const usable = usableUnits(installed, group.redundancy);
    // Capacity counted as the smallest units carrying load: conservative when sizes are mixed.
    const sizes = units.flatMap((u) => Array<typeof u.item>(u.count).fill(u.item)).sort((a, b) => (a.capacityKw ?? 0) - (b.capacityKw ?? 0));
    const active = sizes.slice(0, usable);
    const capKw = active.reduce((s, i) => s + (i.capacityKw ?? 0), 0);
    const capLpm = active.reduce((s, i) => s + (i.flowLpm ?? 0), 0);
    for (const { item, count } of units) {
      bill.catalogLine({
        category: 'cooling', catalogId: item.id, group: group.id, quantity: count,
        capacity: { value: item.capacityKw ?? 0, unit: 'kWt' }, redundancy: group.redundancy,
        derivation: `Placed in the layout on loop ${group.name}: ${count} × ${item.name}. Loop load ${flowText}`,
        factors: ['water-cp', 'water-density', 'pipe-velocity-m-s'],
      });
    }
    bill.group(groupFigure({
      id: group.id, kind: 'coolingLoop', name: group.name, hallId: hall.hall.id, subject: group.subject, placed: true, redundancy: group.redundancy,
      unit: 'kWt', load: heatKw, units: installed, usableUnits: usable,
      installedCapacity: sizes.reduce((s, i) => s + (i.capacityKw ?? 0), 0), usableCapacity: capKw,
      flowLpm, usableFlowLpm: capLpm, rows: group.rows.length, routeLengthM: group.routeLengthM,
    }));
    const limits = `${installed} CDUs at ${group.redundancy} leave ${usable} carrying load: ${fmt(capKw)} kWt and ${fmt(capLpm, 0)} L/min`;
    if (heatKw > capKw) {
      bill.check({ severity: 'error', code: 'cdu-over-capacity', message: `Loop ${group.name} carries ${fmt(heatKw)} kWt of heat; ${limits} (heat limit exceeded)`, subject: group.subject });
    }
    if (flowLpm > capLpm) {
      bill.check({ severity: 'error', code: 'loop-over-capacity', message: `Loop ${group.name} needs ${fmt(flowLpm, 0)} L/min; ${limits} (flow limit exceeded)`, subject: group.subject });
    }
    loopPiping(bill, group, hall, dn, installed);
    return summary;
  }
  // What a previous phase built on this loop, whatever its model, counts first; only the shortfall is bought.
  const heatOf = (item: EquipmentItem) => item.capacityKw ?? 0;
  const credit = { category: 'cooling', kind: 'cdu', group: group.id, rating: heatOf, unit: 'kWt', redundancy: group.redundancy, context: `${hall.hall.name}, ${group.name}: ${flowText}`, factors: ['water-cp', 'water-density', 'pipe-velocity-m-s'] } as const;
  const built = creditBuilt(bill, credit);
  if (built.length > 0) {
    const second = { rating: (item: EquipmentItem) => item.flowLpm ?? 0, load: flowLpm, unit: 'L/min' };
    const sized = topUpBuilt(bill, { ...credit, load: heatKw, second, candidates: bill.index.ofKind('cdu') }, built);
    bill.group(groupFigure({
      id: group.id, kind: 'coolingLoop', name: group.name, hallId: hall.hall.id, subject: group.subject, placed: false, redundancy: group.redundancy,
      unit: 'kWt', load: heatKw, units: sized.units, usableUnits: sized.carrying, installedCapacity: sized.installedCapacity, usableCapacity: sized.usableCapacity,
      flowLpm, usableFlowLpm: sized.usableSecondary, rows: group.rows.length, routeLengthM: group.routeLengthM,
    }));
    loopPiping(bill, group, hall, dn, sized.units);
    return summary;
  }
  const choice = chooseUnit(
    bill.index.ofKind('cdu'),
    (item) => {
      const byHeat = Math.ceil(heatKw / (item.capacityKw ?? Infinity));
      const byFlow = Math.ceil(flowLpm / (item.flowLpm ?? Infinity));
      const governs = byFlow > byHeat ? 'flow governs' : byHeat > byFlow ? 'heat governs' : 'heat and flow agree';
      return {
        n: Math.max(byHeat, byFlow),
        detail: () => `heat limit ⌈${fmt(heatKw)} / ${fmt(item.capacityKw ?? 0)}⌉ = ${byHeat}, flow limit ⌈${fmt(flowLpm, 0)} / ${fmt(item.flowLpm ?? 0)}⌉ = ${byFlow}; ${governs}: N = ${Math.max(byHeat, byFlow)}`,
      };
    },
    (id) => bill.priceOf(id),
  );
  if (!choice) return summary;
  const quantity = unitsWithRedundancy(choice.n, group.redundancy);
  bill.noteGranularity('cdu', `${choice.item.name} (${group.name})`, heatKw, 'kWt', Math.min(...bill.index.ofKind('cdu').map((c) => c.capacityKw ?? Infinity)));
  bill.group(groupFigure({
    id: group.id, kind: 'coolingLoop', name: group.name, hallId: hall.hall.id, subject: group.subject, placed: false, redundancy: group.redundancy,
    unit: 'kWt', load: heatKw, units: quantity, usableUnits: choice.n,
    installedCapacity: quantity * (choice.item.capacityKw ?? 0), usableCapacity: choice.n * (choice.item.capacityKw ?? 0),
    flowLpm, usableFlowLpm: choice.n * (choice.item.flowLpm ?? 0), rows: group.rows.length, routeLengthM: group.routeLengthM,
  }));
  bill.catalogLine({
    category: 'cooling', catalogId: choice.item.id, group: group.id,
    quantity,
    capacity: { value: choice.item.capacityKw ?? 0, unit: 'kWt' }, redundancy: group.redundancy,
    derivation: `${hall.hall.name}, ${group.name}: ${flowText}. CDUs = max(heat limit, flow limit): ${choice.detail()}; ${redundancyText(choice.n, group.redundancy)}`,
    factors: ['water-cp', 'water-density', 'pipe-velocity-m-s'],
  });
  loopPiping(bill, group, hall, dn, quantity);
  return summary;
}

/** The loop's pipe over its route (or, without one, along its liquid rows plus a header across the hall). */
function loopPiping(bill: BillBuilder, group: LoopGroup, hall: HallLoad, dn: number, cdus: number): void {
  const rows = group.rows.filter((r) => r.liquidKw > 0);
  if (rows.length === 0) return;
  const along = rows.reduce((s, r) => s + rowLengthM(r.row), 0);
  const oneWay = group.routeLengthM ?? along + hall.hall.depthM;
  const lengthText = group.routeLengthM !== null
    ? `route ${fmt(group.routeLengthM, 1)} m from the layout`
    : `no drawn route: ${rows.length} liquid rows ${fmt(along, 1)} m + header across the hall ${fmt(hall.hall.depthM, 1)} m = ${fmt(oneWay, 1)} m`;
  sizePipeRun(bill, group.id, `${hall.hall.name}, ${group.name} technology cooling loop`, dn, oneWay, lengthText);
  sizeIsolation(bill, group.id, `${hall.hall.name}, ${group.name}`, cdus, rows.length, group.redundancy);
}
