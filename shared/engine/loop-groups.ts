import type { CoolingRedundancy } from '../model/index.ts';
import type { BillBuilder } from './bill-builder.ts';
import { carryingAssets, isKept, type PlacedAsset } from './existing-assets.ts';
import { fmt } from './format.ts';
import type { ScenarioLayout } from './layout.ts';
import type { HallLoad, RowLoad } from './loads.ts';
import { coolingBelow } from './redundancy.ts';

/** The liquid loops of one hall: its placed loops with their rows, and one automatic loop for the rest. */
export interface LoopGroup {
  id: string;
  name: string;
  rows: RowLoad[];
  redundancy: CoolingRedundancy;
  /** Placed CDUs bought new (catalog ids) when the loop has them. */
  placedCdus: string[];
  /** Placed CDUs kept from the site as built (existing or upgraded); retired ones carry nothing. */
  kept: PlacedAsset[];
  subject: { type: string; id: string } | null;
  /** Length of the loop's pipe run (drawn or automatic), metres; null for a hall's automatic loop. */
  routeLengthM: number | null;
}

export function loopGroups(hall: HallLoad, layout: ScenarioLayout, routeLengths: ReadonlyMap<string, number>, bill: BillBuilder): LoopGroup[] {
  const scenario = layout.scenario;
  const groups: LoopGroup[] = [];
  const auto: RowLoad[] = [];
  const loops = new Map(layout.loops.filter((l) => l.hallId === hall.hall.id).map((l) => [l.id, { loop: l, rows: [] as RowLoad[] }]));
  for (const row of hall.rows) {
    const entry = row.row.coolingLoopId === null ? undefined : loops.get(row.row.coolingLoopId);
    if (entry) entry.rows.push(row);
    else auto.push(row);
    // Once a hall has loops of its own, every liquid-cooled rack must be on one of them.
    if (!entry && loops.size > 0 && row.liquidKw > 0) {
      bill.check({
        severity: 'warning', code: 'liquid-rack-without-loop',
        message: `Row ${row.row.name} has ${fmt(row.liquidKw)} kWt of liquid-cooled racks on no cooling loop of ${hall.hall.name}; it is sized here on an automatic loop`,
        subject: { type: 'row', id: row.row.id },
      });
    }
  }
  for (const { loop, rows } of loops.values()) {
    const assets = carryingAssets(bill, loop.cduIds.map((id) => layout.equipmentById.get(id)).filter((e) => e !== undefined), 'cdu');
    const kept = assets.filter(isKept);
    const placed = assets.filter((a) => !isKept(a) && a.item?.kind === 'cdu').map((a) => a.item!.id);
    if (coolingBelow(loop.redundancy, scenario.coolingRedundancy)) {
      bill.check({ severity: 'warning', code: 'redundancy-below-target', message: `Cooling loop ${loop.name} is ${loop.redundancy}, below the scenario's ${scenario.coolingRedundancy}`, subject: { type: 'coolingLoop', id: loop.id } });
    }
    if (placed.length === 0 && kept.length === 0) {
      auto.push(...rows);
      continue;
    }
    groups.push({ id: loop.id, name: loop.name, rows, redundancy: loop.redundancy, placedCdus: placed, kept, subject: { type: 'coolingLoop', id: loop.id }, routeLengthM: routeLengths.get(loop.id) ?? null });
  }
  if (auto.length > 0) {
    groups.push({ id: `${hall.hall.id}/auto-loop`, name: `${hall.hall.name} liquid loop`, rows: auto, redundancy: scenario.coolingRedundancy, placedCdus: [], kept: [], subject: null, routeLengthM: null });
  }
  return groups;
}
